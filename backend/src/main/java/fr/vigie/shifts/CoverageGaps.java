package fr.vigie.shifts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The parts of a period when no worker is on shift: what a coordinator must still fill. */
final class CoverageGaps {

    /** A stretch of time with nobody on the queue. */
    record Gap(Instant start, Instant end) {
    }

    private CoverageGaps() {
    }

    /** Named workers' shifts only: an open slot nobody took covers nothing. */
    static List<Gap> of(Instant from, Instant to, List<Shift> shifts) {
        var covered = shifts.stream()
                .filter(s -> s.kind() == ShiftKind.WORKER && s.username() != null)
                .sorted(Comparator.comparing(Shift::start))
                .toList();
        var gaps = new ArrayList<Gap>();
        Instant cursor = from;
        for (var shift : covered) {
            if (shift.start().isAfter(cursor)) {
                gaps.add(new Gap(cursor, min(shift.start(), to)));
            }
            if (shift.actualEnd().isAfter(cursor)) {
                cursor = shift.actualEnd();
            }
            if (!cursor.isBefore(to)) {
                break;
            }
        }
        if (cursor.isBefore(to)) {
            gaps.add(new Gap(cursor, to));
        }
        gaps.removeIf(g -> !g.end().isAfter(g.start()));
        return gaps;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
