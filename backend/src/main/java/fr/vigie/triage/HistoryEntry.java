package fr.vigie.triage;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * One line of a report's history, oldest first: a decision (with its details) or a note.
 *
 * @param kind       {@code DECISION} or {@code NOTE}
 * @param type       the decision type, or {@code INTERNAL}/{@code SHAREABLE} for a note
 * @param supersedes the earlier decision this one replaces, if any
 */
record HistoryEntry(String kind, UUID id, String type, String author, Instant at, Map<String, String> details,
        UUID supersedes) {
}
