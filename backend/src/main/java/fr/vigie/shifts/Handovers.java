package fr.vigie.shifts;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.vigie.triage.ClaimRelease;

/**
 * Ending a shift: her claims are released (the reports go back to the queue for the next shift),
 * the shift ends now, and her note is kept for whoever comes next.
 */
@Service
class Handovers {

    /** A handover as the next shift reads it. */
    record Handover(UUID shiftId, String author, Instant at, String note, int released, Scope scope) {
    }

    /** What a handover did: the reports released (ids only). */
    record HandedOver(UUID shiftId, Instant endedAt, String note, List<UUID> released) {
    }

    private final JdbcClient jdbc;
    private final Shifts shifts;
    private final ClaimRelease workbench;

    Handovers(JdbcClient jdbc, Shifts shifts, ClaimRelease workbench) {
        this.jdbc = jdbc;
        this.shifts = shifts;
        this.workbench = workbench;
    }

    @Transactional
    HandedOver handOver(UUID shiftId, String caller, boolean coordinator, String note, Instant now) {
        var shift = shifts.find(shiftId).orElseThrow(ShiftProblem::notFound);
        if (shift.username() == null || (!coordinator && !shift.username().equals(caller))) {
            throw ShiftProblem.notYours();
        }
        if (note == null || note.isBlank()) {
            throw ShiftProblem.invalid("note", ShiftRules.REQUIRED);
        }
        if (note.length() > 4000) {
            throw ShiftProblem.invalid("note", "4 000 caractères au plus / at most 4,000 characters");
        }
        if (shift.start().isAfter(now)) {
            throw ShiftProblem.conflict("Ce créneau n'a pas commencé / This shift has not begun");
        }
        if (shift.endedAt() != null) {
            throw ShiftProblem.conflict("Ce créneau a déjà été transmis / This shift was handed over already");
        }
        var released = workbench.releaseAllOf(shift.username());
        shifts.end(shiftId, now);
        jdbc.sql("insert into shift_handover (shift_id, author, at, note, released) values (:s, :a, :at, :n, :r)")
                .param("s", shiftId).param("a", caller).param("at", Timestamp.from(now)).param("n", note.strip())
                .param("r", released.size()).update();
        return new HandedOver(shiftId, now, note.strip(), released);
    }

    /** Handovers of the last {@code period}, latest first. */
    List<Handover> since(Instant now, Duration period) {
        return jdbc.sql("""
                select h.shift_id, h.author, h.at, h.note, h.released, s.platforms, s.departments
                from shift_handover h join shift s on s.id = h.shift_id
                where h.at > :since order by h.at desc limit 20""")
                .param("since", Timestamp.from(now.minus(period)))
                .query((rs, n) -> new Handover(rs.getObject("shift_id", UUID.class), rs.getString("author"),
                        rs.getTimestamp("at").toInstant(), rs.getString("note"), rs.getInt("released"),
                        new Scope(List.of((String[]) rs.getArray("platforms").getArray()),
                                List.of((String[]) rs.getArray("departments").getArray()))))
                .list();
    }
}
