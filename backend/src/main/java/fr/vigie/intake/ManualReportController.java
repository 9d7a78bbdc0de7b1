package fr.vigie.intake;

import java.net.URI;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The workbench form: a worker or coordinator pastes an ad they saw. Same contract and same
 * path to Kafka as the partner API; the form generates the external id once per form, so a
 * double click submits one report.
 */
@RestController
class ManualReportController {

    private final Intake intake;
    private final fr.vigie.audit.Audit audit;
    private final SubmissionParser parser = new SubmissionParser(java.time.Clock.systemUTC());

    ManualReportController(Intake intake, fr.vigie.audit.Audit audit) {
        this.intake = intake;
        this.audit = audit;
    }

    // Read as bytes (JsonBodies names a malformed body), but the contract is the partner API's.
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = ReportSubmission.class)))
    @ApiResponse(responseCode = "202", description = "Durably received", content = @Content(schema = @Schema(implementation = SubmissionReceipt.class)))
    @PostMapping(path = "/api/v1/manual-reports", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<SubmissionReceipt> submit(Authentication person, @RequestBody byte[] body) {
        var parsed = parser.parse(JsonBodies.read(body), "");
        if (!parsed.valid()) {
            throw new InvalidSubmissionException(parsed.problems());
        }
        var outcome = intake.submit(SubmissionSource.person(person.getName()), parsed.submission());
        audit.record("MANUAL_REPORT_SUBMITTED", outcome.id(), java.util.Map.of("outcome", outcome.kind().name()));
        var receipt = SubmissionReceipt.of(outcome, "RECEIVED");
        return ResponseEntity.status(HttpStatus.ACCEPTED).location(URI.create("/api/v1/queue")).body(receipt);
    }
}
