package fr.vigie.statistics;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

import org.springframework.stereotype.Service;

import fr.vigie.shifts.Duty;
import fr.vigie.triage.WorkerFigures;

/**
 * Each worker's activity over a period and over her shifts in it: triage's
 * {@link WorkerFigures} over the period's window and one window per worker shift, as the shifts
 * feature ({@link Duty}) lists them.
 */
@Service
class WorkerStatistics {

    private static final String PERIOD = "period";

    private final WorkerFigures figures;
    private final Duty duty;

    WorkerStatistics(WorkerFigures figures, Duty duty) {
        this.figures = figures;
        this.duty = duty;
    }

    WorkerActivity of(StatisticsPeriod period) {
        Instant from = period.start();
        Instant to = period.end();
        var shifts = duty.workerShiftsBetween(from, to);
        var windows = new ArrayList<WorkerFigures.Window>();
        windows.add(new WorkerFigures.Window(PERIOD, null, from, to));
        for (var shift : shifts) {
            windows.add(new WorkerFigures.Window(shift.shiftId().toString(), shift.username(), max(shift.start(), from),
                    min(shift.end(), to)));
        }
        var workers = new ArrayList<WorkerActivity.WorkerLine>();
        var byShift = new HashMap<String, WorkerActivity.WorkerCounts>();
        for (var activity : figures.in(windows)) {
            if (PERIOD.equals(activity.key())) {
                workers.add(new WorkerActivity.WorkerLine(activity.worker(), counts(activity)));
            } else {
                byShift.put(activity.key(), counts(activity));
            }
        }
        List<WorkerActivity.ShiftActivity> shiftLines = shifts.stream()
                .map(s -> new WorkerActivity.ShiftActivity(s.shiftId(), s.username(), s.start(), s.end(),
                        byShift.get(s.shiftId().toString())))
                .toList();
        return new WorkerActivity(period.from(), period.to(), StatisticsPeriod.ZONE.getId(), List.copyOf(workers), shiftLines);
    }

    private static WorkerActivity.WorkerCounts counts(WorkerFigures.Activity a) {
        return new WorkerActivity.WorkerCounts(a.claims(), a.reportsClaimed(), a.decisions(), a.reportsDecided(), a.byDecision(),
                a.measured(), iso(a.timeSpent()), iso(a.medianTimeSpent()));
    }

    private static String iso(Duration duration) {
        return duration == null ? null : duration.toString();
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
