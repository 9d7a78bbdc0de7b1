package fr.vigie.shifts;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import fr.vigie.infrastructure.postgres.AdvisoryLockKeys;

/** The {@code shift} table. A shift's actual end is its handover's when it came first. */
@Repository
class Shifts {

    private static final String COLUMNS = """
            s.id, s.username, s.kind, s.starts_at, s.ends_at, s.platforms, s.departments, s.series_id, s.slots,
            s.open_shift_id, s.ended_at,
            case when s.slots is null then null else array(select o.username from shift o where o.open_shift_id = s.id
                 order by o.username) end as signed_up""";
    /** The end that counts, in SQL. */
    static final String ACTUAL_END = "least(s.ends_at, coalesce(s.ended_at, s.ends_at))";

    private final JdbcClient jdbc;

    Shifts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Serialises the planning of one person's shifts (or sign-ups to one open shift) until commit. */
    void lock(String what) {
        jdbc.sql("select pg_advisory_xact_lock(:key)").param("key", AdvisoryLockKeys.of("shift:" + what))
                .query((rs, n) -> 1).list();
    }

    void insert(UUID id, ShiftRules.Draft draft, ShiftRules.Window window, UUID seriesId, UUID openShiftId, String author) {
        jdbc.sql("""
                insert into shift (id, username, kind, starts_at, ends_at, platforms, departments, series_id, slots,
                                   open_shift_id, created_by)
                values (:id, :username, :kind, :start, :end, :platforms, :departments, :series, :slots, :open, :author)""")
                .param("id", id).param("username", draft.username()).param("kind", draft.kind().name())
                .param("start", Timestamp.from(window.start())).param("end", Timestamp.from(window.end()))
                .param("platforms", draft.platforms().toArray(String[]::new))
                .param("departments", draft.departments().toArray(String[]::new))
                .param("series", seriesId).param("slots", draft.slots()).param("open", openShiftId)
                .param("author", author)
                .update();
    }

    void update(UUID id, ShiftRules.Draft draft, ShiftRules.Window window) {
        jdbc.sql("""
                update shift set username = :username, kind = :kind, starts_at = :start, ends_at = :end,
                    platforms = :platforms, departments = :departments, slots = :slots
                where id = :id""")
                .param("id", id).param("username", draft.username()).param("kind", draft.kind().name())
                .param("start", Timestamp.from(window.start())).param("end", Timestamp.from(window.end()))
                .param("platforms", draft.platforms().toArray(String[]::new))
                .param("departments", draft.departments().toArray(String[]::new))
                .param("slots", draft.slots())
                .update();
    }

    boolean delete(UUID id) {
        jdbc.sql("delete from shift_handover where shift_id in (select id from shift where id = :id or open_shift_id = :id)")
                .param("id", id).update();
        jdbc.sql("update shift set open_shift_id = null where open_shift_id = :id").param("id", id).update();
        return jdbc.sql("delete from shift where id = :id").param("id", id).update() == 1;
    }

    void end(UUID id, Instant at) {
        jdbc.sql("update shift set ended_at = :at where id = :id").param("id", id).param("at", Timestamp.from(at)).update();
    }

    Optional<Shift> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from shift s where s.id = :id").param("id", id).query(Shifts::shift).optional();
    }

    /** Shifts that meet the window, by start; {@code username} null: everyone's. */
    List<Shift> between(Instant from, Instant to, String username, boolean withOpenShifts) {
        var sql = new StringBuilder("select " + COLUMNS + " from shift s where s.starts_at < :to and " + ACTUAL_END + " > :from");
        if (username != null) {
            sql.append(withOpenShifts ? " and (s.username = :username or s.slots is not null)" : " and s.username = :username");
        }
        sql.append(" order by s.starts_at, s.username nulls first, s.id");
        var statement = jdbc.sql(sql.toString()).param("from", Timestamp.from(from)).param("to", Timestamp.from(to));
        if (username != null) {
            statement = statement.param("username", username);
        }
        return statement.query(Shifts::shift).list();
    }

    /**
     * This person's shifts that come closer than {@code margin} to the window (meeting it when
     * {@code margin} is zero), other than {@code except}; of this kind only, unless null.
     */
    List<Shift> near(String username, ShiftRules.Window window, java.time.Duration margin, ShiftKind kind, UUID except) {
        return jdbc.sql("select " + COLUMNS + " from shift s where s.username = :username and s.id <> :except"
                        + " and s.starts_at < :end and " + ACTUAL_END + " > :start"
                        + (kind == null ? "" : " and s.kind = :kind") + " order by s.starts_at")
                .param("username", username).param("except", except == null ? new UUID(0, 0) : except)
                .param("start", Timestamp.from(window.start().minus(margin)))
                .param("end", Timestamp.from(window.end().plus(margin)))
                .param("kind", kind == null ? "" : kind.name())
                .query(Shifts::shift).list();
    }

    /** Shifts going on at this instant (not handed over), of one kind. */
    List<Shift> at(Instant at, ShiftKind kind) {
        return jdbc.sql("select " + COLUMNS + " from shift s where s.username is not null and s.kind = :kind"
                        + " and s.starts_at <= :at and " + ACTUAL_END + " > :at order by s.username")
                .param("kind", kind.name()).param("at", Timestamp.from(at))
                .query(Shifts::shift).list();
    }

    /** The last shift of one kind this person ended (or handed over) before this instant. */
    Optional<Shift> lastEndedBefore(String username, ShiftKind kind, Instant at) {
        return jdbc.sql("select " + COLUMNS + " from shift s where s.username = :username and s.kind = :kind and "
                        + ACTUAL_END + " <= :at order by " + ACTUAL_END + " desc limit 1")
                .param("username", username).param("kind", kind.name()).param("at", Timestamp.from(at))
                .query(Shifts::shift).optional();
    }

    private static Shift shift(ResultSet rs, int row) throws SQLException {
        Timestamp ended = rs.getTimestamp("ended_at");
        Array signedUp = rs.getArray("signed_up");
        return new Shift(rs.getObject("id", UUID.class), rs.getString("username"), ShiftKind.valueOf(rs.getString("kind")),
                rs.getTimestamp("starts_at").toInstant(), rs.getTimestamp("ends_at").toInstant(),
                strings(rs.getArray("platforms")), strings(rs.getArray("departments")),
                rs.getObject("series_id", UUID.class), (Integer) rs.getObject("slots"),
                signedUp == null ? null : strings(signedUp), rs.getObject("open_shift_id", UUID.class),
                ended == null ? null : ended.toInstant());
    }

    private static List<String> strings(Array array) throws SQLException {
        return Arrays.asList((String[]) array.getArray());
    }
}
