package fr.vigie.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * One row of the audit log.
 *
 * @param details a JSON object (as text) with ids, counts, usernames or reasons; never report content
 */
public record AuditEntry(long seq, Instant at, String actor, String action, UUID reportId, String sourceAddress,
        String details, String prevHash, String hash) {
}
