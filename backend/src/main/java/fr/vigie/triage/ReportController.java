package fr.vigie.triage;

import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import fr.vigie.audit.Audit;
import fr.vigie.audit.AuditActions;

/** A report in the workbench: read it, claim it, decide, add notes (SPEC.md "Workbench API"). */
@RestController
@RequestMapping(path = "/api/v1/reports/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
class ReportController {

    /** Without {@code shareable}, the note stays internal to the team. */
    record NoteRequest(String text, Boolean shareable) {
        boolean isShareable() {
            return Boolean.TRUE.equals(shareable);
        }
    }

    record Reassignment(@NotBlank(message = "obligatoire / required") @Size(max = 100, message = "100 caractères au plus / at most 100 characters") String worker) {
    }

    private final Workbench workbench;
    private final Audit audit;
    private final Readings readings;

    ReportController(Workbench workbench, Audit audit, Readings readings) {
        this.workbench = workbench;
        this.audit = audit;
        this.readings = readings;
    }

    /**
     * The whole report: traced in the audit log before the content leaves the server, and counted
     * in the reader's exposure.
     */
    @GetMapping
    ReportDetail read(@PathVariable UUID id, Authentication person) {
        var report = workbench.read(id);
        audit.record(AuditActions.REPORT_READ, id, Map.of());
        readings.record(id, person.getName(), report.priority());
        return report;
    }

    /** The referral packet as text, to print or attach to an information préoccupante. */
    @GetMapping(path = "/referral-packet", produces = "text/plain;charset=UTF-8")
    ResponseEntity<String> referralPacket(@PathVariable UUID id) {
        return ResponseEntity.ok()
                .header("Content-Disposition", "attachment; filename=\"signalement-" + id + ".txt\"")
                .body(exported(id, ReferralPacket.of(workbench.read(id))));
    }

    @PostMapping("/claim")
    Claim claim(@PathVariable UUID id, Authentication person) {
        var claim = workbench.claim(id, Actors.of(person));
        audit.record(AuditActions.REPORT_CLAIMED, id, Map.of("until", claim.expiresAt().toString()));
        return claim;
    }

    @DeleteMapping("/claim")
    ResponseEntity<Void> release(@PathVariable UUID id, Authentication person) {
        workbench.release(id, Actors.of(person));
        audit.record(AuditActions.REPORT_RELEASED, id, Map.of());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/claim/reassign")
    Claim reassign(@PathVariable UUID id, @Valid @RequestBody Reassignment request) {
        var claim = workbench.reassign(id, request.worker());
        audit.record(AuditActions.REPORT_REASSIGNED, id, Map.of("to", request.worker()));
        return claim;
    }

    @PostMapping("/decisions")
    ResponseEntity<HistoryEntry> decide(@PathVariable UUID id, Authentication person, @RequestBody DecisionRequest request) {
        var decision = workbench.decide(id, Actors.of(person), request);
        audit.record(AuditActions.REPORT_DECIDED, id, Map.of("decision", decision.id(), "type", decision.type()));
        return ResponseEntity.status(HttpStatus.CREATED).body(decision);
    }

    @PostMapping("/notes")
    ResponseEntity<HistoryEntry> note(@PathVariable UUID id, Authentication person, @RequestBody NoteRequest request) {
        var note = workbench.addNote(id, Actors.of(person), request.text(), request.isShareable());
        audit.record(AuditActions.REPORT_NOTE_ADDED, id, Map.of("note", note.id(), "shareable", request.isShareable()));
        return ResponseEntity.status(HttpStatus.CREATED).body(note);
    }

    private String exported(UUID id, String packet) {
        audit.record(AuditActions.REPORT_EXPORTED, id, Map.of("format", "text"));
        return packet;
    }
}
