package fr.vigie.triage;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The whole report for a worker: what was seen, why it ranks where it does, who holds it, what was done. */
record ReportDetail(
        UUID id,
        int version,
        PriorityBand priority,
        int score,
        List<Signal> signals,
        ReportEntities entities,
        ReportStatus status,
        String platform,
        String platformName,
        String url,
        String text,
        Instant observedAt,
        Instant receivedAt,
        Location location,
        List<String> contacts,
        String reporterConcern,
        String note,
        String source,
        String submittedBy,
        List<Sightings.Seen> sightings,
        List<LinkedReport> linkedReports,
        Claim claim,
        List<HistoryEntry> history) {

    public record Location(String city, String postalCode, String department) {
    }
}
