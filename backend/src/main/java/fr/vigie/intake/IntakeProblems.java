package fr.vigie.intake;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The intake contract's failures as RFC 9457 problems. */
@RestControllerAdvice(assignableTypes = { PartnerReportController.class, ManualReportController.class })
class IntakeProblems {

    private static final Logger log = LoggerFactory.getLogger(IntakeProblems.class);

    static final String RETRY_AFTER_SECONDS = "5";

    @ExceptionHandler(InvalidSubmissionException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidSubmissionException e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                "Le signalement ne respecte pas le contrat : voir errors / The report breaks the contract: see errors");
        problem.setTitle("Invalid report");
        problem.setProperty("errors", e.problems());
        return problem(problem);
    }

    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<ProblemDetail> invalidParameter(InvalidParameterException e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Paramètre invalide : voir errors / Invalid parameter: see errors");
        problem.setTitle("Invalid parameter");
        problem.setProperty("errors", java.util.List.of(new FieldProblem(e.parameter(), e.getMessage())));
        return problem(problem);
    }

    @ExceptionHandler(MalformedBodyException.class)
    ResponseEntity<ProblemDetail> malformed(MalformedBodyException e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Malformed request");
        return problem(problem);
    }

    @ExceptionHandler(IntakeUnavailableException.class)
    ResponseEntity<ProblemDetail> unavailable(IntakeUnavailableException e) {
        // causes by class only: a driver's message may quote a value of the request
        log.warn("Intake answered 503: {}", causes(e));
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "Le signalement n'a pas pu être enregistré durablement, réessayez / "
                        + "The report could not be stored durably; retry later (same externalId: no duplicate)");
        problem.setTitle("Intake unavailable");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private static String causes(Throwable failure) {
        var names = new StringBuilder();
        for (Throwable t = failure.getCause(); t != null; t = t.getCause()) {
            names.append(names.isEmpty() ? "" : " <- ").append(t.getClass().getName());
        }
        return names.toString();
    }

    private static ResponseEntity<ProblemDetail> problem(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
