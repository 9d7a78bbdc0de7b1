package fr.vigie.triage;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One line of the worker's queue: enough to choose what to open, no report text.
 *
 * @param claim       who holds it now, if anyone
 * @param followUpDue a contact's follow-up date has come
 * @param followUpOn  the date of the viewer's pending follow-up, if any
 * @param followUpBy  whose follow-up it is (the team's view shows colleagues' who are off shift)
 */
record QueueItem(
        UUID id,
        PriorityBand priority,
        int score,
        List<Signal> signals,
        String status,
        Instant observedAt,
        Instant receivedAt,
        String platform,
        String platformName,
        String city,
        String department,
        String source,
        Claim claim,
        boolean followUpDue,
        java.time.LocalDate followUpOn,
        String followUpBy) {
}
