package fr.vigie.triage;

import java.time.Instant;
import java.util.UUID;

/**
 * Where a referral stands: {@code PREPARED} once the decision counts (recorded, or approved),
 * {@code SENT} (who, when, how, to whom), {@code ACKNOWLEDGED} (the receiving service's
 * reference). A referral waiting for approval, or rejected, is not listed.
 */
public record ReferralProgress(UUID reportId, UUID decisionId, String channel, String urgency, PriorityBand priority,
        String state, String decidedBy, Instant decidedAt, Sent sent, Acknowledged acknowledged) {

    public static final String PREPARED = "PREPARED";
    public static final String SENT = "SENT";
    public static final String ACKNOWLEDGED = "ACKNOWLEDGED";

    /** @param method how it was sent ({@link ReferralSteps#METHODS}); recipient optional */
    public record Sent(String by, Instant at, String method, String recipient) {
    }

    public record Acknowledged(String by, Instant at, String reference) {
    }
}
