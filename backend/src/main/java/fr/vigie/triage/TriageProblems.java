package fr.vigie.triage;

import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import fr.vigie.infrastructure.web.Problems;

/** Triage's refusals as problem documents. */
@RestControllerAdvice(assignableTypes = { ReportController.class, QueueController.class, QueueStream.class,
        EscalationController.class, ServiceLevelController.class, GroupDecisionController.class,
        ApprovalController.class, ReferralController.class, ContactController.class, WatchlistController.class,
        ReportNetworkController.class })
class TriageProblems {

    @ExceptionHandler(TriageProblem.class)
    ResponseEntity<ProblemDetail> problem(TriageProblem e) {
        return Problems.answer(e.problem());
    }
}
