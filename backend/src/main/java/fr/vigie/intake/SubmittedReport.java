package fr.vigie.intake;

import java.time.Instant;
import java.util.UUID;

/**
 * The record written to {@code vigie.reports.submitted}, keyed by {@link #id()}: the report as
 * received, who sent it and when. Processing consumes it.
 */
public record SubmittedReport(UUID id, UUID partnerId, String partnerName, Instant receivedAt, ReportSubmission report) {

    public static final String TOPIC = "vigie.reports.submitted";
}
