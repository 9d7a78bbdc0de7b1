package fr.vigie.triage;

import java.time.Instant;

/** A worker's exclusive lease on a report, until {@code expiresAt} unless renewed. */
record Claim(String worker, Instant claimedAt, Instant expiresAt) {
}
