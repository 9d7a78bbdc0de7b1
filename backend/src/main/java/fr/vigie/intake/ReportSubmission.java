package fr.vigie.intake;

import java.time.Instant;
import java.util.List;

/**
 * A report as a partner sends it (SPEC.md, "Partner API v1"): text and metadata only. Values
 * reach this record only through {@link SubmissionParser}, which enforces the contract.
 */
public record ReportSubmission(
        String externalId,
        Platform platform,
        String platformName,
        String url,
        String text,
        Instant observedAt,
        SightingLocation location,
        List<String> contacts,
        ReporterConcern reporterConcern,
        String note) {

    public ReportSubmission {
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
    }
}
