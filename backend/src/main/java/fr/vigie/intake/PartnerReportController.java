package fr.vigie.intake;

import java.net.URI;

import jakarta.validation.Valid;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import fr.vigie.partners.PartnerIdentity;

/** Partner API v1: {@code POST /api/v1/reports}. */
@RestController
class PartnerReportController {

    private static final String RETRY_AFTER_SECONDS = "5";

    private final Intake intake;

    PartnerReportController(Intake intake) {
        this.intake = intake;
    }

    @PostMapping(path = "/api/v1/reports", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<SubmissionReceipt> submit(@AuthenticationPrincipal PartnerIdentity partner,
            @Valid @RequestBody ReportSubmission submission) {
        var receipt = intake.submit(partner, submission);
        return ResponseEntity.status(HttpStatus.ACCEPTED).location(URI.create(receipt.statusUrl())).body(receipt);
    }

    @ExceptionHandler(IntakeUnavailableException.class)
    ResponseEntity<ProblemDetail> unavailable() {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "Le signalement n'a pas pu être enregistré, réessayez / The report could not be stored durably; retry later");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
