package fr.vigie.intake;

import java.util.UUID;

/**
 * Who submitted a report: a partner through the API, or a person through the workbench form.
 * {@link #key()} scopes external ids: two sources may use the same external id.
 */
record SubmissionSource(String key, UUID partnerId, String name, String submittedBy) {

    public static SubmissionSource partner(UUID partnerId, String partnerName) {
        return new SubmissionSource("partner:" + partnerId, partnerId, partnerName, null);
    }

    public static SubmissionSource person(String username) {
        return new SubmissionSource("manual:" + username, null, "Saisie manuelle", username);
    }
}
