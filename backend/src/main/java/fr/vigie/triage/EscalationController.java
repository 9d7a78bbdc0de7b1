package fr.vigie.triage;

import fr.vigie.infrastructure.web.FieldProblem;
import java.time.Duration;
import java.time.Instant;
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
 * The coordinators' escalations inbox: {@code GET /api/v1/escalations} (reason, age, who
 * escalated) and {@code POST /api/v1/escalations/{reportId}/answer} (take over, or return to a
 * worker with a note; to decide, a coordinator records a decision on the report, which answers it).
 */
@RestController
class EscalationController {

    /** An escalated report and how long it has waited. */
    record EscalatedReport(UUID reportId, UUID decisionId, PriorityBand priority, String platform, String department,
            String escalatedBy, Instant escalatedAt, Duration waiting, String reason) {
    }

    record EscalationInbox(List<EscalatedReport> items) {
    }

    /** {@code action}: TAKE_OVER or RETURN; RETURN needs a note, and goes to {@code worker} or whoever escalated. */
    record AnswerRequest(String action, String note, String worker) {
    }

    private final Escalations escalations;
    private final Audit audit;

    EscalationController(Escalations escalations, Audit audit) {
        this.escalations = escalations;
        this.audit = audit;
    }

    /** The reasons are the workers' words about reports: each read is audited with the ids shown. */
    @GetMapping(path = "/api/v1/escalations", produces = MediaType.APPLICATION_JSON_VALUE)
    EscalationInbox inbox() {
        var now = Instant.now();
        var items = escalations.open().stream().map(e -> new EscalatedReport(e.reportId(), e.decisionId(), e.priority(), e.platform(),
                e.department(), e.escalatedBy(), e.escalatedAt(), Duration.between(e.escalatedAt(), now), e.reason())).toList();
        audit.record(AuditActions.ESCALATIONS_READ, null, Map.of("reports", items.stream().map(i -> i.reportId().toString()).toList()));
        return new EscalationInbox(items);
    }

    @PostMapping(path = "/api/v1/escalations/{reportId}/answer", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Escalations.AnsweredEscalation> answer(@PathVariable UUID reportId, @RequestBody AnswerRequest request,
            Authentication person) {
        var action = action(request);
        var answer = escalations.answer(reportId, person.getName(), action, request.note(), request.worker());
        audit.record(AuditActions.ESCALATION_ANSWERED, reportId, answer.worker() == null
                ? Map.of("answer", answer.id(), "action", action.name())
                : Map.of("answer", answer.id(), "action", action.name(), "to", answer.worker()));
        return ResponseEntity.status(HttpStatus.CREATED).body(answer);
    }

    private static Escalations.Action action(AnswerRequest request) {
        var problems = new java.util.ArrayList<FieldProblem>();
        Escalations.Action action = null;
        if (request.action() == null || request.action().isBlank()) {
            problems.add(new FieldProblem("action", "obligatoire / required"));
        } else if (request.action().equals("TAKE_OVER") || request.action().equals("RETURN")) {
            action = Escalations.Action.valueOf(request.action());
        } else {
            problems.add(new FieldProblem("action", "valeur inconnue / unknown value: TAKE_OVER, RETURN"
                    + " (pour décider : POST /api/v1/reports/{id}/decisions / to decide: record a decision)"));
        }
        if (action == Escalations.Action.RETURN && (request.note() == null || request.note().isBlank())) {
            problems.add(new FieldProblem("note", "obligatoire pour rendre le signalement / required to return it"));
        }
        if (request.note() != null && request.note().length() > 4000) {
            problems.add(new FieldProblem("note", "4 000 caractères au plus / at most 4,000 characters"));
        }
        if (request.worker() != null && request.worker().length() > 100) {
            problems.add(new FieldProblem("worker", "100 caractères au plus / at most 100 characters"));
        }
        if (!problems.isEmpty()) {
            throw TriageProblem.invalid(problems);
        }
        return action;
    }
}
