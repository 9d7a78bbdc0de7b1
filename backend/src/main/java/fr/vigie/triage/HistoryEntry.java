package fr.vigie.triage;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * One line of a report's history, oldest first: a decision (with its details), a note, or a
 * coordinator's answer to an escalation.
 *
 * @param kind       {@code DECISION}, {@code NOTE} or {@code ANSWER}
 * @param type       the decision type, {@code INTERNAL}/{@code SHAREABLE} for a note, the answer's
 *                   action ({@code TAKE_OVER}, {@code RETURN}, {@code DECIDE}) for an answer
 * @param supersedes the earlier decision this one replaces, if any
 */
record HistoryEntry(String kind, UUID id, String type, String author, Instant at, Map<String, String> details,
        UUID supersedes) {
}
