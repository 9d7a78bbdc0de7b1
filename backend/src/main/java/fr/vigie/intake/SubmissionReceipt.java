package fr.vigie.intake;

import java.util.UUID;

/**
 * What a submitter gets back once the report is durably in the intake log.
 *
 * @param outcome {@code ACCEPTED} (new), {@code DUPLICATE} (same content again, nothing created)
 *                or {@code UPDATED} (new content for a known external id, kept as {@code version})
 */
record SubmissionReceipt(UUID id, String status, String statusUrl, String outcome, int version) {

    static SubmissionReceipt of(IntakeOutcome outcome, String status) {
        return new SubmissionReceipt(outcome.id(), status, "/api/v1/reports/" + outcome.id() + "/status",
                outcome.kind().name(), outcome.version());
    }
}
