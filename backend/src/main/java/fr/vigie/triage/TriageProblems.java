package fr.vigie.triage;

import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Triage's refusals as problem documents. */
@RestControllerAdvice(assignableTypes = { ReportController.class, QueueController.class, GroupDecisionController.class,
        ApprovalController.class, ReferralController.class })
class TriageProblems {

    @ExceptionHandler(TriageProblem.class)
    ResponseEntity<ProblemDetail> problem(TriageProblem e) {
        var problem = ProblemDetail.forStatusAndDetail(e.status(), e.getMessage());
        e.properties().forEach(problem::setProperty);
        return ResponseEntity.status(e.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
