package fr.vigie.triage;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import fr.vigie.audit.Audit;
import fr.vigie.audit.AuditActions;

/**
 * Second approval (SPEC, "Second approval and referral follow-through"): the decisions waiting for
 * a second coordinator, and the answer of one who is not their author. Coordinators only.
 */
@RestController
class ApprovalController {

    record Approvals(List<PendingApproval> items) {
    }

    private final DecisionApprovals approvals;
    private final Audit audit;

    ApprovalController(DecisionApprovals approvals, Audit audit) {
        this.approvals = approvals;
        this.audit = audit;
    }

    /** Codes, bands and names only: the coordinator opens the report to read it (that read is audited). */
    @GetMapping(path = "/api/v1/approvals", produces = MediaType.APPLICATION_JSON_VALUE)
    Approvals pending(Authentication person) {
        return new Approvals(approvals.pending(Actors.of(person)));
    }

    @PostMapping(path = "/api/v1/reports/{id}/decisions/{decisionId}/approval", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<HistoryEntry> answer(@PathVariable UUID id, @PathVariable UUID decisionId, Authentication person,
            @RequestBody ApprovalRequest request) {
        var entry = approvals.answer(id, decisionId, Actors.of(person), request);
        audit.record(entry.type().equals(DecisionStates.APPROVED) ? AuditActions.DECISION_APPROVED : AuditActions.DECISION_REJECTED,
                id, Map.of("decision", decisionId));
        return ResponseEntity.status(HttpStatus.CREATED).body(entry);
    }
}
