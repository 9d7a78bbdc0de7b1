package fr.vigie.triage;

/**
 * A step of a referral as the workbench sends it. {@code SENT}: {@code method} (required),
 * {@code recipient} (optional), {@code at} (optional, ISO-8601; now by default). {@code ACKNOWLEDGED}:
 * {@code reference} (required), {@code at} (optional).
 */
public record ReferralStepRequest(String method, String recipient, String reference, String at) {
}
