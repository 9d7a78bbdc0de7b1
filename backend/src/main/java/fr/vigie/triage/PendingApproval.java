package fr.vigie.triage;

import java.time.Instant;
import java.util.UUID;

/**
 * A decision waiting for a second coordinator, as the approvals list shows it: codes and names,
 * no report content (the coordinator opens the report to read it, and that read is audited).
 *
 * @param channel     a referral's channel, or null
 * @param reason      a no-action's reason code, or null
 * @param ownDecision the caller wrote it, so someone else must approve it
 */
public record PendingApproval(UUID reportId, UUID decisionId, String type, String channel, String urgency, String reason,
        PriorityBand priority, String author, Instant decidedAt, boolean ownDecision) {
}
