package fr.vigie.search;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What the search index holds of a report. */
public record IndexedReport(
        UUID id,
        String text,
        String platform,
        String platformName,
        String priority,
        int score,
        String status,
        Instant observedAt,
        Instant receivedAt,
        String city,
        String department,
        List<String> signalCodes) {
}
