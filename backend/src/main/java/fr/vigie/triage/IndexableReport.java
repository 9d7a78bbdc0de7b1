package fr.vigie.triage;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A report as the search index keeps it, read from the system of record at one revision: its text
 * and where it stands (band, score, status, decisions, sightings, contacts). An anonymised
 * report has an empty text and no contacts.
 *
 * @param revision grows with every change of the report (see {@link ReportSnapshots})
 * @param phones   E.164 phone numbers, and {@code handles} lower case without {@code @}, linked to it
 * @param decisions the types of its decisions, oldest first
 */
public record IndexableReport(UUID id, long revision, String text, String platform, String platformName, String priority,
        int score, String status, Instant observedAt, Instant receivedAt, String city, String department,
        List<String> signalCodes, List<String> phones, List<String> handles, int sightings, List<String> decisions) {

    /** The statuses a report may have (a search filter's values). */
    public static java.util.Set<String> statuses() {
        return java.util.Arrays.stream(ReportStatus.values()).map(Enum::name).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    public IndexableReport {
        signalCodes = List.copyOf(signalCodes);
        phones = List.copyOf(phones);
        handles = List.copyOf(handles);
        decisions = List.copyOf(decisions);
    }
}
