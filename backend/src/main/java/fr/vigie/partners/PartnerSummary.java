package fr.vigie.partners;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A partner as administrators see it: never a key, only the keys' visible prefixes. */
record PartnerSummary(UUID id, String name, Instant createdAt, Integer requestsPerMinute, List<KeySummary> keys) {

    public record KeySummary(UUID id, String prefix, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {
    }
}
