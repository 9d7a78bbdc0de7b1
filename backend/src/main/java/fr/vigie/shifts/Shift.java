package fr.vigie.shifts;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A person, a time window and a scope. An open shift has no person yet but {@code slots} places
 * that workers may sign up for; each sign-up is a shift of its own that names it ({@code openShiftId}).
 *
 * @param seriesId a weekly series' id, shared by its occurrences; null for a one-off shift
 * @param signedUp for an open shift, who signed up
 * @param endedAt  when it was handed over, if it ended before its planned end
 */
public record Shift(UUID id, String username, ShiftKind kind, Instant start, Instant end, List<String> platforms,
        List<String> departments, UUID seriesId, Integer slots, List<String> signedUp, UUID openShiftId,
        Instant endedAt) {

    public Scope scope() {
        return new Scope(platforms, departments);
    }

    /** The end that counts: the handover's if it came first. */
    public Instant actualEnd() {
        return endedAt != null && endedAt.isBefore(end) ? endedAt : end;
    }
}
