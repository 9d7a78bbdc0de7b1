package fr.vigie.triage;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One line of the worker's queue: enough to choose what to open — the signals (with the words
 * that fired them) and the first words of the text ({@code excerpt}, a few dozen characters).
 * Both are report content: every page read is audited with the ids shown ({@code QUEUE_READ}).
 *
 * @param claim       who holds it now, if anyone
 * @param followUpDue a contact's follow-up date has come
 * @param followUpOn  the date of the viewer's pending follow-up, if any
 * @param followUpBy  whose follow-up it is (the team's view shows colleagues' who are off shift)
 * @param excerpt     the start of the text, whitespace folded, cut on a word with « … »
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
        String followUpBy,
        String excerpt) {
}
