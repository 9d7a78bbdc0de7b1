package fr.vigie.triage;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Leases on reports. Taking one is a single statement — insert, or take over an expired lease or
 * one's own — so of ten simultaneous claims exactly one wins, whatever the timing. Each claim is
 * also kept in {@code report_claim_history} with when it began and how it ended; the statement
 * that wins the lease holds its row lock, so the history of one report is written in order.
 */
@Repository
class Claims {

    /** How a claim ended. */
    enum End { RELEASED, DECIDED, REASSIGNED, EXPIRED, HANDOVER, ANSWERED }

    private final JdbcClient jdbc;
    private final ClaimProperties properties;
    private final Clock clock = Clock.systemUTC();

    Claims(JdbcClient jdbc, ClaimProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    /** The lease for {@code worker}, taken or renewed; empty if someone else holds it. */
    Optional<Claim> take(UUID reportId, String worker) {
        var now = now();
        var taken = jdbc.sql("""
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
        taken.ifPresent(claim -> {
            if (claim.claimedAt().equals(now)) {
                began(reportId, claim, End.EXPIRED);
            } else {
                jdbc.sql("update report_claim_history set lease_until = :until where report_id = :report and released_at is null")
                        .param("until", Timestamp.from(claim.expiresAt())).param("report", reportId).update();
            }
        });
        return taken;
    }

    /** Gives the lease to {@code worker} whoever holds it (a coordinator's reassignment). */
    Claim assign(UUID reportId, String worker) {
        var now = now();
        var claim = jdbc.sql("""
                insert into report_claim (report_id, worker, claimed_at, expires_at) values (:report, :worker, :now, :expires)
                on conflict (report_id) do update set worker = excluded.worker, claimed_at = excluded.claimed_at,
                    expires_at = excluded.expires_at
                returning worker, claimed_at, expires_at""")
                .param("report", reportId).param("worker", worker)
                .param("now", Timestamp.from(now)).param("expires", Timestamp.from(now.plus(properties.lease())))
                .query(Claims::claim).single();
        began(reportId, claim, End.REASSIGNED);
        return claim;
    }

    /** The current, unexpired lease. */
    Optional<Claim> current(UUID reportId) {
        return jdbc.sql("select worker, claimed_at, expires_at from report_claim where report_id = :report and expires_at > :now")
                .param("report", reportId).param("now", Timestamp.from(clock.instant()))
                .query(Claims::claim).optional();
    }

    boolean release(UUID reportId, String worker) {
        boolean released = jdbc.sql("delete from report_claim where report_id = :report and worker = :worker")
                .param("report", reportId).param("worker", worker).update() == 1;
        if (released) {
            ended(reportId, End.RELEASED);
        }
        return released;
    }

    void releaseAny(UUID reportId, End why) {
        jdbc.sql("delete from report_claim where report_id = :report").param("report", reportId).update();
        ended(reportId, why);
    }

    /** Lets go of every report this worker holds now (her shift ends); returns their ids. */
    List<UUID> releaseAllOf(String worker, End why) {
        var ids = jdbc.sql("delete from report_claim where worker = :worker and expires_at > :now returning report_id")
                .param("worker", worker).param("now", Timestamp.from(clock.instant()))
                .query((rs, n) -> rs.getObject("report_id", UUID.class)).list();
        ids.forEach(id -> ended(id, why));
        return ids;
    }

    /** A new claim: the one before it, if still open in the history, ended when its lease did. */
    private void began(UUID reportId, Claim claim, End previousEnd) {
        jdbc.sql("""
                update report_claim_history set released_at = least(lease_until, :now), reason = :why
                where report_id = :report and released_at is null""")
                .param("now", Timestamp.from(claim.claimedAt())).param("why", previousEnd.name()).param("report", reportId)
                .update();
        jdbc.sql("""
                insert into report_claim_history (report_id, worker, claimed_at, lease_until)
                values (:report, :worker, :at, :until)""")
                .param("report", reportId).param("worker", claim.worker()).param("at", Timestamp.from(claim.claimedAt()))
                .param("until", Timestamp.from(claim.expiresAt())).update();
    }

    private void ended(UUID reportId, End why) {
        jdbc.sql("""
                update report_claim_history set released_at = least(lease_until, :now), reason = :why
                where report_id = :report and released_at is null""")
                .param("now", Timestamp.from(now())).param("why", why.name()).param("report", reportId).update();
    }

    /** PostgreSQL keeps microseconds: a claim taken now reads back equal to this. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static Claim claim(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Claim(rs.getString("worker"), rs.getTimestamp("claimed_at").toInstant(), rs.getTimestamp("expires_at").toInstant());
    }
}
