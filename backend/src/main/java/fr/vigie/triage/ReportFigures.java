package fr.vigie.triage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Figures of a period, computed by PostgreSQL (grouping sets, {@code percentile_cont},
 * {@code date_trunc}) so that no report row is loaded into memory: counts, delays and a series.
 * Codes, dates and counts only — never content, contacts or a worker's name, so reading them is
 * not a read of a report. The reports counted are those <em>received</em> in {@code [from, to)};
 * the decisions counted are those <em>recorded</em> in it, whenever their report arrived.
 */
@Service
public class ReportFigures {

    /** The length of one point of the series; weeks start on Monday (ISO). */
    public enum Interval { DAY, WEEK, MONTH }

    /** The reports a partner sent, or the workbench form ({@code partnerId} null). */
    public record SourceCount(UUID partnerId, String name, long received) {
    }

    /**
     * Delays of the reports of one band received in the period. Durations are null when no
     * report of the band was claimed (or decided). {@code withinTarget} and {@code pastTarget}
     * count reports first claimed within the band's time and those claimed after it or still
     * waiting past it; both are 0 when the band has no time.
     */
    public record Delays(long received, long claimed, Duration claimP50, Duration claimP90, long decided,
            Duration decisionP50, Duration decisionP90, long withinTarget, long pastTarget) {
    }

    /** One point of the series: reports received and decisions recorded from {@code start} (local date) on. */
    public record Point(LocalDate start, long received, long decided) {
    }

    /** Everything of one period; maps have every known code, 0 included, then others found. */
    public record Figures(long received, Map<String, Long> byPriority, Map<String, Long> byStatus,
            Map<String, Long> byPlatform, Map<String, Long> byDepartment, List<SourceCount> bySource,
            Map<String, Long> byDecision, Map<String, Long> byReferralChannel, Map<PriorityBand, Delays> delays,
            List<Point> series) {
    }

    /** The département of reports that gave none. */
    public static final String NO_DEPARTMENT = "";

    private static final List<String> PLATFORMS = List.of("CLASSIFIED_AD", "SOCIAL_NETWORK", "MESSAGING", "DATING", "FORUM", "OTHER");

    private final JdbcClient jdbc;

    ReportFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The figures of {@code [from, to)}, the series cut in {@code zone}'s days, weeks or months.
     *
     * @param firstClaimTargets the time each band may wait for its first claim (bands absent: no target)
     * @param now               the end of the wait of reports still unclaimed
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Figures of(Instant from, Instant to, Interval interval, ZoneId zone, Map<PriorityBand, Duration> firstClaimTargets,
            Instant now) {
        var byPriority = zeros(names(PriorityBand.values()));
        var byStatus = zeros(names(ReportStatus.values()));
        var byPlatform = zeros(PLATFORMS);
        var byDepartment = new TreeMap<String, Long>();
        var bySource = new ArrayList<SourceCount>();
        long[] received = { 0 };
        jdbc.sql("""
                select grouping(priority) as gp, grouping(status) as gs, grouping(platform) as gl,
                       grouping(coalesce(department, '')) as gd, grouping(source_partner_id) as gsrc,
                       priority, status, platform, coalesce(department, '') as department, source_partner_id,
                       min(source_name) as source_name, count(*) as n
                from report where received_at >= :from and received_at < :to
                group by grouping sets ((), (priority), (status), (platform), (coalesce(department, '')), (source_partner_id))""")
                .param("from", at(from)).param("to", at(to))
                .query(rs -> {
                    long n = rs.getLong("n");
                    if (rs.getInt("gp") == 0) {
                        byPriority.merge(rs.getString("priority"), n, Long::sum);
                    } else if (rs.getInt("gs") == 0) {
                        byStatus.merge(rs.getString("status"), n, Long::sum);
                    } else if (rs.getInt("gl") == 0) {
                        byPlatform.merge(rs.getString("platform"), n, Long::sum);
                    } else if (rs.getInt("gd") == 0) {
                        byDepartment.merge(rs.getString("department"), n, Long::sum);
                    } else if (rs.getInt("gsrc") == 0) {
                        bySource.add(new SourceCount(rs.getObject("source_partner_id", UUID.class), rs.getString("source_name"), n));
                    } else {
                        received[0] = n;
                    }
                });
        bySource.sort((a, b) -> a.received() != b.received() ? Long.compare(b.received(), a.received())
                : String.valueOf(a.name()).compareTo(String.valueOf(b.name())));

        var byDecision = zeros(names(DecisionType.values()));
        var byReferralChannel = zeros(DecisionRules.REFERRAL_CHANNELS.stream().sorted().toList());
        jdbc.sql("""
                select type, case when type = 'REFERRAL' then details ->> 'channel' end as channel, count(*) as n
                from decision where created_at >= :from and created_at < :to group by 1, 2""")
                .param("from", at(from)).param("to", at(to))
                .query(rs -> {
                    long n = rs.getLong("n");
                    byDecision.merge(rs.getString("type"), n, Long::sum);
                    String channel = rs.getString("channel");
                    if (channel != null) {
                        byReferralChannel.merge(channel, n, Long::sum);
                    }
                });

        return new Figures(received[0], byPriority, byStatus, byPlatform, byDepartment, List.copyOf(bySource), byDecision,
                byReferralChannel, delays(from, to, firstClaimTargets, now), series(from, to, interval, zone));
    }

    private Map<PriorityBand, Delays> delays(Instant from, Instant to, Map<PriorityBand, Duration> targets, Instant now) {
        var delays = new EnumMap<PriorityBand, Delays>(PriorityBand.class);
        for (var band : PriorityBand.values()) {
            delays.put(band, new Delays(0, 0, null, null, 0, null, null, 0, 0));
        }
        var query = jdbc.sql("""
                select priority, count(*) as received, count(first_claimed_at) as claimed,
                       percentile_cont(0.5) within group (order by extract(epoch from first_claimed_at - received_at)) as claim_p50,
                       percentile_cont(0.9) within group (order by extract(epoch from first_claimed_at - received_at)) as claim_p90,
                       count(first_decided_at) as decided,
                       percentile_cont(0.5) within group (order by extract(epoch from first_decided_at - received_at)) as decision_p50,
                       percentile_cont(0.9) within group (order by extract(epoch from first_decided_at - received_at)) as decision_p90,
                       count(*) filter (where target >= 0 and extract(epoch from first_claimed_at - received_at) <= target) as within,
                       count(*) filter (where target >= 0
                           and extract(epoch from coalesce(first_claimed_at, :now) - received_at) > target) as past
                from (select priority, received_at, first_claimed_at, first_decided_at,
                             case priority when 'P1' then :p1 when 'P2' then :p2 when 'P3' then :p3 when 'P4' then :p4 end as target
                      from report where received_at >= :from and received_at < :to) r
                group by priority""")
                .param("from", at(from)).param("to", at(to)).param("now", at(now));
        for (var band : PriorityBand.values()) {
            Duration target = targets.get(band);
            query = query.param(band.name().toLowerCase(), target == null ? -1.0 : target.toMillis() / 1000.0);
        }
        query.query(rs -> {
            delays.put(PriorityBand.valueOf(rs.getString("priority")), new Delays(rs.getLong("received"), rs.getLong("claimed"),
                    seconds(rs, "claim_p50"), seconds(rs, "claim_p90"), rs.getLong("decided"), seconds(rs, "decision_p50"),
                    seconds(rs, "decision_p90"), rs.getLong("within"), rs.getLong("past")));
        });
        return delays;
    }

    private List<Point> series(Instant from, Instant to, Interval interval, ZoneId zone) {
        String unit = interval.name().toLowerCase();
        return jdbc.sql("""
                with points as (
                    select generate_series(date_trunc(:unit, :from at time zone :zone),
                                           (:to at time zone :zone) - interval '1 microsecond',
                                           cast('1 ' || cast(:unit as text) as interval)) as start),
                received as (
                    select date_trunc(:unit, received_at at time zone :zone) as start, count(*) as n
                    from report where received_at >= :from and received_at < :to group by 1),
                decided as (
                    select date_trunc(:unit, created_at at time zone :zone) as start, count(*) as n
                    from decision where created_at >= :from and created_at < :to group by 1)
                select p.start, coalesce(r.n, 0) as received, coalesce(d.n, 0) as decided
                from points p left join received r on r.start = p.start left join decided d on d.start = p.start
                order by p.start""")
                .param("unit", unit).param("zone", zone.getId()).param("from", at(from)).param("to", at(to))
                .query((rs, n) -> new Point(rs.getObject("start", LocalDateTime.class).toLocalDate(), rs.getLong("received"),
                        rs.getLong("decided")))
                .list();
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Duration seconds(ResultSet rs, String column) throws SQLException {
        Object value = rs.getObject(column);
        return value == null ? null : Duration.ofMillis(Math.round(((Number) value).doubleValue() * 1000));
    }

    private static List<String> names(Enum<?>[] values) {
        return java.util.Arrays.stream(values).map(Enum::name).toList();
    }

    private static Map<String, Long> zeros(List<String> codes) {
        var map = new LinkedHashMap<String, Long>();
        codes.forEach(code -> map.put(code, 0L));
        return map;
    }
}
