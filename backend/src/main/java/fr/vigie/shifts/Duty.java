package fr.vigie.shifts;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

/** Who is on shift and who coordinates on duty at an instant: the shifts feature's answer to the others. */
@Service
public class Duty {

    /** Someone on at this instant, on which shift, over which scope. */
    public record OnShift(String username, ShiftKind kind, java.util.UUID shiftId, Instant start, Instant end, Scope scope) {
        static OnShift of(Shift shift) {
            return new OnShift(shift.username(), shift.kind(), shift.id(), shift.start(), shift.actualEnd(), shift.scope());
        }
    }

    private final Shifts shifts;
    private final Clock clock = Clock.systemUTC();

    Duty(Shifts shifts) {
        this.shifts = shifts;
    }

    public Instant now() {
        return clock.instant();
    }

    public List<OnShift> workersOnShift(Instant at) {
        return shifts.at(at, ShiftKind.WORKER).stream().map(OnShift::of).toList();
    }

    public List<OnShift> coordinatorsOnDuty(Instant at) {
        return shifts.at(at, ShiftKind.COORDINATOR_ON_DUTY).stream().map(OnShift::of).toList();
    }

    /**
     * The worker shifts (with a person: open shifts' places are not) that meet {@code [from, to)},
     * by start; each ends at its handover if it came first.
     */
    public List<OnShift> workerShiftsBetween(Instant from, Instant to) {
        return shifts.between(from, to, null, false).stream()
                .filter(s -> s.kind() == ShiftKind.WORKER && s.username() != null && s.actualEnd().isAfter(from))
                .map(OnShift::of).toList();
    }

    /** Her worker shift going on now, if any (no overlap: at most one). */
    public Optional<OnShift> workerShiftOf(String username, Instant at) {
        return workersOnShift(at).stream().filter(s -> s.username().equals(username)).findFirst();
    }
}
