package fr.vigie.triage;

import java.time.Instant;
import java.util.UUID;

/**
 * What a partner may know of a report it sent: where it stands and since when. Never notes,
 * never who handles it (SPEC.md §7).
 *
 * @param status {@code RECEIVED}, {@code IN_REVIEW}, {@code ACTIONED} or {@code CLOSED}
 */
public record PartnerView(UUID id, String externalId, String status, Instant updatedAt) {
}
