package fr.vigie.intake;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import fr.vigie.infrastructure.web.Problems;

/** The intake contract's failures as RFC 9457 problems. */
@RestControllerAdvice(assignableTypes = { PartnerReportController.class, ManualReportController.class })
class IntakeProblems {

    private static final Logger log = LoggerFactory.getLogger(IntakeProblems.class);

    static final String RETRY_AFTER_SECONDS = "5";

    @ExceptionHandler(InvalidSubmissionException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidSubmissionException e) {
        return Problems.answer(Problems.withErrors(HttpStatus.UNPROCESSABLE_CONTENT, "Invalid report",
                "Le signalement ne respecte pas le contrat : voir errors / The report breaks the contract: see errors",
                e.problems()));
    }

    @ExceptionHandler(MalformedBodyException.class)
    ResponseEntity<ProblemDetail> malformed(MalformedBodyException e) {
        return Problems.answer(Problems.of(HttpStatus.BAD_REQUEST, "Malformed request", e.getMessage()));
    }

    @ExceptionHandler(IntakeUnavailableException.class)
    ResponseEntity<ProblemDetail> unavailable(IntakeUnavailableException e) {
        // causes by class only: a driver's message may quote a value of the request
        log.warn("Intake answered 503: {}", causes(e));
        return Problems.retryAfter(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "Intake unavailable",
                "Le signalement n'a pas pu être enregistré durablement, réessayez / "
                        + "The report could not be stored durably; retry later (same externalId: no duplicate)"),
                RETRY_AFTER_SECONDS);
    }

    private static String causes(Throwable failure) {
        var names = new StringBuilder();
        for (Throwable t = failure.getCause(); t != null; t = t.getCause()) {
            names.append(names.isEmpty() ? "" : " <- ").append(t.getClass().getName());
        }
        return names.toString();
    }
}
