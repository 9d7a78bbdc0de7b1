package fr.vigie.intake;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import fr.vigie.infrastructure.web.FieldProblem;

/** The answer for one item of a batch, in the order sent. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record BatchResult(int index, String externalId, String outcome, UUID id, String statusUrl, List<FieldProblem> errors) {

    static BatchResult of(int index, String externalId, IntakeOutcome outcome) {
        return new BatchResult(index, externalId, outcome.kind().name(), outcome.id(),
                "/api/v1/reports/" + outcome.id() + "/status", null);
    }

    static BatchResult invalid(int index, String externalId, List<FieldProblem> errors) {
        return new BatchResult(index, externalId, "INVALID", null, null, errors);
    }
}
