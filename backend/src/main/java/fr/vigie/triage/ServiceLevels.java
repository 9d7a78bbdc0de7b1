package fr.vigie.triage;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The triage rules a coordinator is alerted on, as they stand now: an open report that nobody
 * holds past its band's time (counted from arrival: never claimed within it is the SLA breach;
 * released or left when a lease ran out counts the same, a report must never wait unseen), and a
 * claim held too long without a decision. Ids, bands, platforms, départements and times only: no
 * report content, so reading them is not a read of a report.
 */
@Service
public class ServiceLevels {

    public enum Kind { UNCLAIMED, CLAIMED_UNDECIDED }

    /**
     * One report past its time.
     *
     * @param since        when the wait began: arrival (UNCLAIMED) or the claim (CLAIMED_UNDECIDED)
     * @param worker       who holds it (CLAIMED_UNDECIDED), else null
     * @param neverClaimed nobody ever took it: its time to first claim is breached
     */
    public record Breach(Kind kind, UUID reportId, PriorityBand priority, String platform, String department,
            Instant since, Duration threshold, String worker, boolean neverClaimed) {
    }

    /** Time to first claim of the reports of one band received in a period. */
    public record TimeToClaim(long received, long claimed, Duration p50, Duration p90, long breached, Duration threshold) {
    }

    private final JdbcClient jdbc;
    private final ServiceLevelProperties properties;

    ServiceLevels(JdbcClient jdbc, ServiceLevelProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    public Map<PriorityBand, Duration> thresholds() {
        return properties.firstClaim();
    }

    public Duration claimedUndecided() {
        return properties.claimedUndecided();
    }

    /** Every breach at {@code now}, oldest first within each kind. */
    public List<Breach> breaches(Instant now) {
        var breaches = new ArrayList<Breach>();
        properties.firstClaim().forEach((band, threshold) -> breaches.addAll(jdbc.sql("""
                select r.id, r.priority, r.platform, r.department, r.received_at,
                       not exists (select 1 from report_claim_history h where h.report_id = r.id) as never_claimed
                from report r left join report_claim c on c.report_id = r.id and c.expires_at > :now
                where r.priority = :band and r.status in ('NEW', 'IN_REVIEW') and c.report_id is null
                  and r.received_at <= :cutoff
                order by r.received_at, r.id""")
                .param("now", Timestamp.from(now)).param("band", band.name())
                .param("cutoff", Timestamp.from(now.minus(threshold)))
                .query((rs, n) -> new Breach(Kind.UNCLAIMED, rs.getObject("id", UUID.class), band, rs.getString("platform"),
                        rs.getString("department"), rs.getTimestamp("received_at").toInstant(), threshold, null,
                        rs.getBoolean("never_claimed")))
                .list()));
        breaches.addAll(jdbc.sql("""
                select r.id, r.priority, r.platform, r.department, c.worker, c.claimed_at
                from report r join report_claim c on c.report_id = r.id and c.expires_at > :now
                where r.status in ('NEW', 'IN_REVIEW') and c.claimed_at <= :cutoff
                order by c.claimed_at, r.id""")
                .param("now", Timestamp.from(now)).param("cutoff", Timestamp.from(now.minus(properties.claimedUndecided())))
                .query((rs, n) -> new Breach(Kind.CLAIMED_UNDECIDED, rs.getObject("id", UUID.class),
                        PriorityBand.valueOf(rs.getString("priority")), rs.getString("platform"), rs.getString("department"),
                        rs.getTimestamp("claimed_at").toInstant(), properties.claimedUndecided(), rs.getString("worker"), false))
                .list());
        return breaches;
    }

    /**
     * For the reports of {@code band} received in {@code [from, to)}: how many, how many were
     * claimed, the median and 90th percentile of their time to first claim, and how many waited
     * (or still wait, at {@code now}) longer than the band's time.
     */
    public TimeToClaim timeToFirstClaim(PriorityBand band, Instant from, Instant to, Instant now) {
        Duration threshold = properties.firstClaim().get(band);
        return jdbc.sql("""
                with firsts as (
                    select r.received_at, (select min(h.claimed_at) from report_claim_history h where h.report_id = r.id) as first
                    from report r where r.priority = :band and r.received_at >= :from and r.received_at < :to)
                select count(*) as received, count(first) as claimed,
                       percentile_cont(0.5) within group (order by extract(epoch from first - received_at)) as p50,
                       percentile_cont(0.9) within group (order by extract(epoch from first - received_at)) as p90,
                       count(*) filter (where :threshold >= 0
                           and extract(epoch from coalesce(first, :now) - received_at) > :threshold) as breached
                from firsts""")
                .param("band", band.name()).param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .param("now", Timestamp.from(now)).param("threshold", threshold == null ? -1.0 : threshold.toMillis() / 1000.0)
                .query((rs, n) -> new TimeToClaim(rs.getLong("received"), rs.getLong("claimed"), seconds(rs.getObject("p50")),
                        seconds(rs.getObject("p90")), rs.getLong("breached"), threshold))
                .single();
    }

    private static Duration seconds(Object value) {
        return value == null ? null : Duration.ofMillis(Math.round(((Number) value).doubleValue() * 1000));
    }
}
