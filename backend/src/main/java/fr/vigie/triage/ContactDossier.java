package fr.vigie.triage;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Everything the team has seen of one phone number or handle: its reports (no content, ids and
 * where they stand), when and where it was seen, how it was assessed and decided over time, the
 * contacts seen beside it and the team's notes about it.
 *
 * @param contact        the stored form ({@code +33639980001}, {@code name})
 * @param display        as a person reads it ({@code 06 39 98 00 01}, {@code @name})
 * @param firstSeen      the earliest date an ad showing it was seen (null with no report)
 * @param lastSeen       the latest, sightings included
 * @param timeline       by month of observation: bands of the reports, and decisions recorded that month
 * @param linkedContacts the other contacts of its reports, most shared first
 */
public record ContactDossier(String contact, String display, boolean phone, int total, Instant firstSeen,
        Instant lastSeen, Map<String, Long> departments, Map<String, Long> platforms, Map<String, Long> bands,
        List<DossierMonth> timeline, List<DossierReport> reports, List<LinkedContact> linkedContacts, List<ContactNote> notes) {

    /** One report of the contact, as the dossier lists it. */
    public record DossierReport(UUID id, PriorityBand priority, int score, ReportStatus status, Instant observedAt,
            Instant receivedAt, String platform, String department, int sightings, Instant lastSeen,
            String decision, Instant decidedAt) {
    }

    /** A month of the contact's history: the bands of the reports observed then, the decisions made then. */
    public record DossierMonth(String month, Map<String, Long> bands, Map<String, Long> decisions) {
    }

    /** Another contact shown by some of the same reports. */
    public record LinkedContact(String contact, String display, long reports) {
    }

    /** A note of the team about the contact (internal). */
    public record ContactNote(UUID id, String author, Instant createdAt, String text) {
    }
}
