package fr.vigie.triage;

/**
 * A second coordinator's answer to a decision that waits for approval: {@code approve} true or
 * false, and a comment (required to reject: the author needs to know why).
 */
public record ApprovalRequest(Boolean approve, String comment) {
}
