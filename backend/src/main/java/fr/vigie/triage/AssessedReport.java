package fr.vigie.triage;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A report as processing hands it to triage: what was seen, and how it was assessed. */
public record AssessedReport(
        UUID id,
        UUID sourcePartnerId,
        String sourceName,
        String externalId,
        String platform,
        String platformName,
        String url,
        String text,
        Instant observedAt,
        Instant receivedAt,
        String city,
        String postalCode,
        String department,
        List<String> contacts,
        String reporterConcern,
        String note,
        PriorityBand priority,
        int score,
        List<Signal> signals) {
}
