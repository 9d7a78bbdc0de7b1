package fr.vigie.triage;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A report as processing hands it to triage: what was seen, and how it was assessed.
 *
 * @param version     1 for a new report; higher when the source sent new content for it
 * @param submittedBy the person who used the workbench form, or null for a partner
 */
public record AssessedReport(
        UUID id,
        int version,
        UUID sourcePartnerId,
        String sourceName,
        String submittedBy,
        String externalId,
        String platform,
        String platformName,
        String url,
        String canonicalUrl,
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
        List<Signal> signals,
        ReportEntities entities,
        String fingerprint,
        String rulesVersion) {
}
