package fr.vigie.triage;

import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import fr.vigie.audit.Audit;
import fr.vigie.audit.AuditActions;

/** {@code POST /api/v1/group-decisions}: the same decision for the reports of one situation. */
@RestController
class GroupDecisionController {

    record GroupDecision(List<UUID> reportIds, DecisionRequest decision) {
    }

    private final Workbench workbench;
    private final Audit audit;

    GroupDecisionController(Workbench workbench, Audit audit) {
        this.workbench = workbench;
        this.audit = audit;
    }

    @PostMapping(path = "/api/v1/group-decisions", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<List<HistoryEntry>> decide(@RequestBody GroupDecision request, Authentication person) {
        var decision = request.decision() == null ? new DecisionRequest(null, null, null, null, null, null, null, null, null,
                null, null, null) : request.decision();
        var decided = workbench.decideTogether(request.reportIds(), Actors.of(person), decision);
        var ids = new java.util.LinkedHashSet<>(request.reportIds()).iterator();
        for (var entry : decided) {
            audit.record(AuditActions.REPORT_DECIDED, ids.next(), java.util.Map.of("decision", entry.id(), "type", entry.type(),
                    "group", decided.size()));
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(decided);
    }
}
