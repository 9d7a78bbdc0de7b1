package fr.vigie.triage;

/**
 * A decision as the workbench sends it. Every field is text here and checked per type by
 * {@link DecisionRules}, so that each missing or wrong field is reported by name.
 */
record DecisionRequest(
        String type,
        // CONTACT
        String channel,
        String messageSummary,
        String outcome,
        String followUpDate,
        // REFERRAL (also uses channel)
        String urgency,
        String justification,
        String externalReference,
        // NO_ACTION
        String reason,
        String comment,
        // DUPLICATE
        String duplicateOf,
        // any type: the earlier decision this one replaces
        String supersedes) {
}
