package fr.vigie.statistics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The answer of {@code GET /api/v1/statistics/workers}: each worker's activity over the period,
 * and over each worker shift that meets it. For the team's coordinators only: it names workers,
 * which no export does. Durations are ISO-8601, null when nothing was measured.
 *
 * @param workers everyone who took a claim or recorded a decision in the period, by username
 * @param shifts  the worker shifts that meet the period, by start, each counted within its own
 *                window (cut to the period); empty when no shift was planned
 */
record WorkerActivity(LocalDate from, LocalDate to, String timeZone, List<WorkerLine> workers, List<ShiftActivity> shifts) {

    record WorkerLine(String worker, WorkerCounts activity) {
    }

    /** A worker's shift: planned start, end (its handover's if earlier), and what she did in it. */
    record ShiftActivity(UUID shiftId, String worker, Instant start, Instant end, WorkerCounts activity) {
    }

    /**
     * @param claims          claims taken (a report taken twice counts twice)
     * @param reportsClaimed  distinct reports taken
     * @param decisions       decisions recorded
     * @param reportsHandled  distinct reports with a decision of hers
     * @param byDecision      decisions by type, every type present
     * @param measured        decisions with a claim of hers before them, over which the time spent is measured
     * @param timeSpent       the sum, over those, of the time from the start of her claim to her decision
     * @param medianTimeSpent their median
     */
    record WorkerCounts(long claims, long reportsClaimed, long decisions, long reportsHandled, Map<String, Long> byDecision,
            long measured, String timeSpent, String medianTimeSpent) {
    }
}
