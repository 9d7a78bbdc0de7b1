package fr.vigie.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

/**
 * The hash of an audit row: SHA-256 over every column and the previous row's hash, each field
 * length-prefixed so that no two different rows can produce the same input.
 */
final class AuditChain {

    static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    static String hash(long seq, Instant at, String actor, String action, UUID reportId, String sourceAddress,
            String details, String prevHash) {
        var input = new StringBuilder(256);
        for (String field : new String[] { Long.toString(seq), at.toString(), actor, action,
                reportId == null ? "" : reportId.toString(), sourceAddress == null ? "" : sourceAddress, details,
                prevHash }) {
            input.append(field.length()).append(':').append(field).append(';');
        }
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(input.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    static String hash(AuditEntry e) {
        return hash(e.seq(), e.at(), e.actor(), e.action(), e.reportId(), e.sourceAddress(), e.details(), e.prevHash());
    }
}
