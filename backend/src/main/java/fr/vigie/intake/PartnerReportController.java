package fr.vigie.intake;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

import fr.vigie.infrastructure.web.StorableText;
import fr.vigie.partners.PartnerIdentity;
import fr.vigie.infrastructure.web.FieldProblem;
import fr.vigie.infrastructure.web.Problems;

/** Partner API v1: submit one report or a batch, read back the status of one's own reports. */
@RestController
class PartnerReportController {

    static final int MAX_BATCH = 500;

    private final Intake intake;
    private final SubmissionParser parser;
    private final ReportStatuses statuses;
    private final IntakeBatches batches;
    private final JsonMapper json;

    PartnerReportController(Intake intake, ReportStatuses statuses, IntakeBatches batches, JsonMapper json) {
        this.intake = intake;
        this.parser = new SubmissionParser(java.time.Clock.systemUTC());
        this.statuses = statuses;
        this.batches = batches;
        this.json = json;
    }

    @Operation(summary = "Submit one report", description = "202 once the report is durably in the intake log. "
            + "The same externalId again answers the same id (outcome DUPLICATE, nothing created); a different body "
            + "for a known externalId is a new version (outcome UPDATED).")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = ReportSubmission.class)))
    @ApiResponse(responseCode = "202", description = "Durably received")
    @ApiResponse(responseCode = "400", description = "Malformed JSON or invalid UTF-8", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "413", description = "Body over 1 MiB", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "422", description = "Contract broken: errors lists each field", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "429", description = "Over your request budget: see Retry-After", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "503", description = "Not durably stored: retry after Retry-After", content = @Content(mediaType = "application/problem+json"))
    @PostMapping(path = "/api/v1/reports", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<SubmissionReceipt> submit(@AuthenticationPrincipal PartnerIdentity partner, @RequestBody byte[] body) {
        var source = SubmissionSource.partner(partner.id(), partner.name());
        var parsed = parser.parse(JsonBodies.read(body), "");
        if (!parsed.valid()) {
            throw new InvalidSubmissionException(parsed.problems());
        }
        var outcome = intake.submit(source, parsed.submission());
        var receipt = SubmissionReceipt.of(outcome, currentStatus(source, outcome));
        return ResponseEntity.status(HttpStatus.ACCEPTED).location(URI.create(receipt.statusUrl())).body(receipt);
    }

    @Operation(summary = "Submit up to 500 reports", description = "One result per item, in order: ACCEPTED, DUPLICATE, "
            + "UPDATED or INVALID (with its errors). With an Idempotency-Key header, the same key and body answer the "
            + "same results; the same key with another body is refused. The valid items are kept all together or "
            + "none (503: retry the same batch).")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = BatchSubmission.class)))
    @PostMapping(path = "/api/v1/reports/batch", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> submitBatch(@AuthenticationPrincipal PartnerIdentity partner, @RequestBody byte[] body,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        var source = SubmissionSource.partner(partner.id(), partner.name());
        String requestHash = ContentHash.sha256Hex(body);
        if (idempotencyKey != null) {
            if (idempotencyKey.isBlank() || idempotencyKey.length() > 200) {
                throw new InvalidSubmissionException(List.of(new FieldProblem("Idempotency-Key", ContractMessages.tooLong(200))));
            }
            var previous = batches.find(source.key(), idempotencyKey);
            if (previous.isPresent()) {
                if (!previous.get().requestHash().equals(requestHash)) {
                    throw new InvalidSubmissionException(List.of(new FieldProblem("Idempotency-Key",
                            "déjà utilisée pour un autre lot / already used for a different batch")));
                }
                return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(previous.get().response());
            }
        }
        var node = JsonBodies.read(body);
        var problems = new ArrayList<FieldProblem>();
        if (!node.isObject() || !node.has("reports") || !node.get("reports").isArray()) {
            problems.add(new FieldProblem("reports", ContractMessages.NOT_AN_ARRAY));
        } else {
            node.propertyNames().stream().filter(n -> !n.equals("reports"))
                    .forEach(n -> problems.add(new FieldProblem(n, ContractMessages.UNKNOWN_FIELD)));
            if (node.get("reports").size() > MAX_BATCH) {
                problems.add(new FieldProblem("reports", ContractMessages.tooMany(MAX_BATCH)));
            } else if (node.get("reports").isEmpty()) {
                problems.add(new FieldProblem("reports", ContractMessages.BLANK));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidSubmissionException(problems);
        }
        var items = node.get("reports");
        var results = new BatchResult[items.size()];
        var externalIds = new String[items.size()];
        var valid = new ArrayList<ReportSubmission>();
        var validIndexes = new ArrayList<Integer>();
        for (int i = 0; i < items.size(); i++) {
            var item = items.get(i);
            var parsed = parser.parse(item, "reports[" + i + "].");
            // echoed in the item's result only if it is text that can be written back
            externalIds[i] = item.isObject() && item.has("externalId") && item.get("externalId").isString()
                    && StorableText.fault(item.get("externalId").stringValue()).isEmpty()
                    ? item.get("externalId").stringValue() : null;
            if (parsed.valid()) {
                valid.add(parsed.submission());
                validIndexes.add(i);
            } else {
                results[i] = BatchResult.invalid(i, externalIds[i], parsed.problems());
            }
        }
        // the valid items together: one wait for Kafka's acknowledgements, in the order sent
        var outcomes = intake.submitAll(source, valid);
        for (int k = 0; k < outcomes.size(); k++) {
            int i = validIndexes.get(k);
            results[i] = BatchResult.of(i, externalIds[i], outcomes.get(k));
        }
        String response = json.writeValueAsString(Map.of("results", List.of(results)));
        if (idempotencyKey != null) {
            batches.remember(source.key(), idempotencyKey, requestHash, response);
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(response);
    }

    @Operation(summary = "Status of one of your reports", description = "RECEIVED, IN_REVIEW, ACTIONED or CLOSED. "
            + "Another organisation's report answers 404, like an unknown one.")
    @GetMapping(path = "/api/v1/reports/{id}/status", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> status(@AuthenticationPrincipal PartnerIdentity partner, @PathVariable UUID id) {
        return statuses.byId(SubmissionSource.partner(partner.id(), partner.name()), id)
                .<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(PartnerReportController::notFound);
    }

    @Operation(summary = "Status of one of your reports, by your own id")
    @GetMapping(path = "/api/v1/reports", params = "externalId", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> byExternalId(@AuthenticationPrincipal PartnerIdentity partner, @RequestParam String externalId) {
        return statuses.byExternalId(SubmissionSource.partner(partner.id(), partner.name()), externalId)
                .<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(PartnerReportController::notFound);
    }

    private String currentStatus(SubmissionSource source, IntakeOutcome outcome) {
        if (outcome.kind() != IntakeOutcome.Kind.DUPLICATE) {
            return "RECEIVED";
        }
        return statuses.byId(source, outcome.id()).map(ReportStatusView::status).orElse("RECEIVED");
    }

    private static ResponseEntity<?> notFound() {
        // Another partner's report answers exactly like an unknown one: ids reveal nothing.
        return Problems.answer(HttpStatus.NOT_FOUND,
                "Aucun signalement de votre organisation avec cet identifiant / No report of yours with this id");
    }
}
