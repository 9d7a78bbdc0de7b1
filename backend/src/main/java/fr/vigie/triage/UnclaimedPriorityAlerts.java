package fr.vigie.triage;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Open P1 reports that arrived longer ago than {@link AlertProperties#unclaimedP1After()} and
 * that nobody holds now: never claimed, released without a decision, or left when a claim ran
 * out (the worker closed the page). Counted from arrival, so a P1 dropped late alerts at once.
 * Ids, platforms and times only: no report content, so reading the alerts is not a read of a
 * report.
 */
@Service
class UnclaimedPriorityAlerts {

    /** One report waiting for someone, and when it arrived. */
    public record Waiting(UUID id, String platform, Instant receivedAt) {
    }

    /** The reports past the threshold, oldest first. */
    public record Alert(Duration threshold, List<Waiting> unclaimedP1) {
    }

    private final JdbcClient jdbc;
    private final AlertProperties properties;
    private final Clock clock;

    UnclaimedPriorityAlerts(JdbcClient jdbc, AlertProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = Clock.systemUTC();
    }

    public Alert current() {
        Instant now = clock.instant();
        var waiting = jdbc.sql("""
                select r.id, r.platform, r.received_at
                from report r left join report_claim c on c.report_id = r.id and c.expires_at > :now
                where r.priority = 'P1' and r.status in ('NEW', 'IN_REVIEW') and c.report_id is null
                  and r.received_at <= :cutoff
                order by r.received_at, r.id""")
                .param("now", Timestamp.from(now))
                .param("cutoff", Timestamp.from(now.minus(properties.unclaimedP1After())))
                .query((rs, n) -> new Waiting(rs.getObject("id", UUID.class), rs.getString("platform"),
                        rs.getTimestamp("received_at").toInstant()))
                .list();
        return new Alert(properties.unclaimedP1After(), waiting);
    }
}
