package fr.vigie.triage;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A report in the workbench: read it, claim it, decide, add notes (SPEC.md "Workbench API"). */
@RestController
@RequestMapping("/api/v1/reports/{id}")
class ReportController {

    record NoteRequest(String text, boolean shareable) {
    }

    record Reassignment(@NotBlank String worker) {
    }

    private final Workbench workbench;

    ReportController(Workbench workbench) {
        this.workbench = workbench;
    }

    @GetMapping
    ReportDetail read(@PathVariable UUID id) {
        return workbench.read(id);
    }

    /** The referral packet as text, to print or attach to an information préoccupante. */
    @GetMapping(path = "/referral-packet", produces = "text/plain;charset=UTF-8")
    ResponseEntity<String> referralPacket(@PathVariable UUID id) {
        return ResponseEntity.ok()
                .header("Content-Disposition", "attachment; filename=\"signalement-" + id + ".txt\"")
                .body(ReferralPacket.of(workbench.read(id)));
    }

    @PostMapping("/claim")
    Claim claim(@PathVariable UUID id, Authentication person) {
        return workbench.claim(id, Actors.of(person));
    }

    @DeleteMapping("/claim")
    ResponseEntity<Void> release(@PathVariable UUID id, Authentication person) {
        workbench.release(id, Actors.of(person));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/claim/reassign")
    Claim reassign(@PathVariable UUID id, @RequestBody Reassignment request) {
        return workbench.reassign(id, request.worker());
    }

    @PostMapping("/decisions")
    ResponseEntity<HistoryEntry> decide(@PathVariable UUID id, Authentication person, @RequestBody DecisionRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(workbench.decide(id, Actors.of(person), request));
    }

    @PostMapping("/notes")
    ResponseEntity<HistoryEntry> note(@PathVariable UUID id, Authentication person, @RequestBody NoteRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(workbench.addNote(id, Actors.of(person), request.text(), request.shareable()));
    }
}
