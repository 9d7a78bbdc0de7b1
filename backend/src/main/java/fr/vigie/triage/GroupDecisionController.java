package fr.vigie.triage;

import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/group-decisions}: the same decision for the reports of one situation. */
@RestController
class GroupDecisionController {

    record GroupDecision(List<UUID> reportIds, DecisionRequest decision) {
    }

    private final Workbench workbench;

    GroupDecisionController(Workbench workbench) {
        this.workbench = workbench;
    }

    @PostMapping("/api/v1/group-decisions")
    ResponseEntity<List<HistoryEntry>> decide(@RequestBody GroupDecision request, Authentication person) {
        var decision = request.decision() == null ? new DecisionRequest(null, null, null, null, null, null, null, null, null,
                null, null, null) : request.decision();
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(workbench.decideTogether(request.reportIds(), Actors.of(person), decision));
    }
}
