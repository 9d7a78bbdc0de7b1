package fr.vigie.audit;

import java.time.Instant;
import java.util.UUID;

/** Filters of an audit search; null means "any". {@code to} is exclusive. */
public record AuditQuery(UUID reportId, String actor, String action, Instant from, Instant to, int limit) {
}
