package fr.vigie.intake;

import java.util.UUID;

/** What a submitter gets back once the report is durably in the intake log. */
public record SubmissionReceipt(UUID id, String status, String statusUrl) {

    static SubmissionReceipt received(UUID id) {
        return new SubmissionReceipt(id, "RECEIVED", "/api/v1/reports/" + id + "/status");
    }
}
