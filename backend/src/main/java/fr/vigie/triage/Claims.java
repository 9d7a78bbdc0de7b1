package fr.vigie.triage;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Leases on reports. Taking one is a single statement — insert, or take over an expired lease or
 * one's own — so of ten simultaneous claims exactly one wins, whatever the timing.
 */
@Repository
class Claims {

    private final JdbcClient jdbc;
    private final ClaimProperties properties;
    private final Clock clock = Clock.systemUTC();

    Claims(JdbcClient jdbc, ClaimProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    /** The lease for {@code worker}, taken or renewed; empty if someone else holds it. */
    Optional<Claim> take(UUID reportId, String worker) {
        var now = clock.instant();
        return jdbc.sql("""
                insert into report_claim (report_id, worker, claimed_at, expires_at) values (:report, :worker, :now, :expires)
                on conflict (report_id) do update
                    set worker = excluded.worker,
                        claimed_at = case when report_claim.worker = excluded.worker then report_claim.claimed_at else excluded.claimed_at end,
                        expires_at = excluded.expires_at
                    where report_claim.worker = excluded.worker or report_claim.expires_at <= :now
                returning worker, claimed_at, expires_at""")
                .param("report", reportId).param("worker", worker)
                .param("now", Timestamp.from(now)).param("expires", Timestamp.from(now.plus(properties.lease())))
                .query(Claims::claim).optional();
    }

    /** Gives the lease to {@code worker} whoever holds it (a coordinator's reassignment). */
    Claim assign(UUID reportId, String worker) {
        var now = clock.instant();
        return jdbc.sql("""
                insert into report_claim (report_id, worker, claimed_at, expires_at) values (:report, :worker, :now, :expires)
                on conflict (report_id) do update set worker = excluded.worker, claimed_at = excluded.claimed_at,
                    expires_at = excluded.expires_at
                returning worker, claimed_at, expires_at""")
                .param("report", reportId).param("worker", worker)
                .param("now", Timestamp.from(now)).param("expires", Timestamp.from(now.plus(properties.lease())))
                .query(Claims::claim).single();
    }

    /** The current, unexpired lease. */
    Optional<Claim> current(UUID reportId) {
        return jdbc.sql("select worker, claimed_at, expires_at from report_claim where report_id = :report and expires_at > :now")
                .param("report", reportId).param("now", Timestamp.from(clock.instant()))
                .query(Claims::claim).optional();
    }

    boolean release(UUID reportId, String worker) {
        return jdbc.sql("delete from report_claim where report_id = :report and worker = :worker")
                .param("report", reportId).param("worker", worker).update() == 1;
    }

    void releaseAny(UUID reportId) {
        jdbc.sql("delete from report_claim where report_id = :report").param("report", reportId).update();
    }

    private static Claim claim(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Claim(rs.getString("worker"), rs.getTimestamp("claimed_at").toInstant(), rs.getTimestamp("expires_at").toInstant());
    }
}
