package fr.vigie.triage;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A report as processing hands it to triage, in four parts: who sent it, what was seen, where the
 * person appears to be, and how it was assessed.
 *
 * @param version 1 for a new report; higher when the source sent new content for it
 */
public record AssessedReport(UUID id, int version, Sender sender, Ad ad, Place place, Assessment assessment) {

    public AssessedReport {
        place = place == null ? Place.UNKNOWN : place;
    }

    /**
     * Who sent the report, when it reached Vigie, and what the reporter said of it.
     *
     * @param partnerId   the sending partner, or null for the workbench form
     * @param name        the partner's name, or the workbench's
     * @param submittedBy the person who used the workbench form, or null for a partner
     * @param externalId  the sender's own id of the report
     * @param concern     the reporter's concern ({@code LOW} … {@code IMMEDIATE_DANGER}), or null
     * @param note        the reporter's free text, or null
     */
    public record Sender(UUID partnerId, String name, String submittedBy, String externalId, Instant receivedAt,
            String concern, String note) {
    }

    /**
     * The ad or post as seen: on which platform, at which address, its text, when, and the
     * contacts the reporter listed.
     *
     * @param canonicalUrl the URL as intake canonicalised it, to recognise the same ad again; null without a URL
     */
    public record Ad(String platform, String platformName, String url, String canonicalUrl, String text,
            Instant observedAt, List<String> contacts) {

        public Ad {
            contacts = contacts == null ? List.of() : List.copyOf(contacts);
        }
    }

    /** Where the person appears to be, as the ad states it; any part may be null. */
    public record Place(String city, String postalCode, String department) {

        public static final Place UNKNOWN = new Place(null, null, null);
    }
}
