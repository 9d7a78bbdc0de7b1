package fr.vigie.intake;

import java.time.Instant;
import java.util.UUID;

/**
 * The record written to {@code vigie.reports.submitted}, keyed by {@link #id()}: the report as
 * received, who sent it and when. {@code version} grows when the source sends a different
 * content for the same external id (an update of the sighting). Processing consumes it.
 *
 * @param partnerId   the sending partner, or null for the workbench form
 * @param submittedBy the person who used the form, or null for a partner
 */
public record SubmittedReport(UUID id, int version, UUID partnerId, String partnerName, String submittedBy,
        Instant receivedAt, String canonicalUrl, ReportSubmission report) {

    public static final String TOPIC = "vigie.reports.submitted";
}
