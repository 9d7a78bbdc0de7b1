package fr.vigie.triage;

import java.time.Instant;

/**
 * What a partner may know of a report it sent: where it stands and since when — never notes,
 * never who handles it (SPEC.md §7).
 *
 * @param status {@code RECEIVED}, {@code IN_REVIEW}, {@code ACTIONED} or {@code CLOSED}
 */
public record PartnerProgress(String status, Instant updatedAt) {
}
