package fr.vigie.statistics;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The answer of {@code GET /api/v1/statistics} (SPEC "Statistics API"): counts by code (every code
 * present, 0 included), delays per band as ISO-8601 durations (null without a report to measure),
 * the series. Figures only.
 *
 * @param from            first day counted (Paris)
 * @param to              last day counted, included
 * @param received        reports received in the period
 * @param byDepartment    by département code; {@code ""} for reports that gave none
 * @param byPartner       by source: a partner, or the workbench form ({@code partnerId} null)
 * @param byDecision      decisions recorded in the period, by type
 * @param byReferralChannel referrals recorded in the period, by channel
 */
record ActivityFigures(LocalDate from, LocalDate to, String interval, String timeZone, long received,
        Map<String, Long> byPriority, Map<String, Long> byStatus, Map<String, Long> byDecision,
        Map<String, Long> byReferralChannel, Map<String, Long> byDepartment, Map<String, Long> byPlatform,
        List<PartnerCount> byPartner, Map<String, ClaimDelay> timeToClaim, Map<String, DecisionDelay> timeToDecision,
        List<Point> series) {

    record PartnerCount(UUID partnerId, String name, long received) {
    }

    /**
     * Time from arrival to first claim of the band's reports received in the period.
     *
     * @param count        how many were claimed (the percentiles are over them)
     * @param target       the band's time to first claim (coordination SLA), or null
     * @param withinTarget share of the reports measured against the target that were claimed
     *                     within it (0 to 1); reports still waiting past it count as outside;
     *                     null without a target or a report to measure
     */
    record ClaimDelay(String p50, String p90, long count, String target, Double withinTarget) {
    }

    /** Time from arrival to first decision other than an escalation; {@code count} decided. */
    record DecisionDelay(String p50, String p90, long count) {
    }

    /** Reports received and decisions recorded from {@code start} (a Paris day, Monday, or 1st) on. */
    record Point(LocalDate start, long received, long decided) {
    }
}
