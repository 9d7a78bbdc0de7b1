package fr.vigie.triage;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * One line of a report's history, oldest first: a decision (with its details), a note, a
 * coordinator's answer to an escalation, a second coordinator's approval or rejection of a
 * decision, or a step of a referral.
 *
 * @param kind       {@code DECISION}, {@code NOTE}, {@code ANSWER}, {@code APPROVAL} or {@code REFERRAL_STEP}
 * @param id         the decision's or note's id; for an approval or a referral step, the decision's
 * @param type       the decision type, {@code INTERNAL}/{@code SHAREABLE} for a note, the answer's
 *                   action ({@code TAKE_OVER}, {@code RETURN}, {@code DECIDE}) for an answer,
 *                   {@code APPROVED}/{@code REJECTED} for an approval, {@code SENT}/{@code ACKNOWLEDGED}
 *                   for a referral step
 * @param supersedes the earlier decision this one replaces, if any
 * @param state      for a decision: {@code RECORDED}, {@code PENDING_APPROVAL}, {@code APPROVED} or
 *                   {@code REJECTED}; null otherwise
 */
record HistoryEntry(String kind, UUID id, String type, String author, Instant at, Map<String, String> details,
        UUID supersedes, String state) {
}
