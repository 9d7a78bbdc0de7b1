package fr.vigie.triage;

import java.time.Instant;
import java.util.UUID;

/**
 * An event on {@code vigie.reports.events} (compacted by report id): what changed and where the
 * report now stands. No content, no names: a partner-facing consumer may read it.
 *
 * @param event          {@code RECORDED}, {@code UPDATED}, {@code CLAIMED}, {@code DECIDED}
 * @param partnerStatus  the status as the sending partner sees it
 * @param decisionType   for {@code DECIDED}: the type of decision
 * @param platform       the platform type it was seen on, and {@code department} the département:
 *                       every instance's live queue tells each worker only of her shift's scope
 */
record ReportEvent(UUID reportId, String event, ReportStatus status, String partnerStatus, UUID sourcePartnerId,
        String decisionType, Instant at, String platform, String department) {

    public static final String TOPIC = "vigie.reports.events";
    /** The event of a report just recorded by processing (which indexes it itself: see {@link Recorded}). */
    static final String RECORDED = "RECORDED";
}
