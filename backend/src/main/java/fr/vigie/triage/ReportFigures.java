package fr.vigie.triage;

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
 * Figures of a period of Paris days, read from summaries PostgreSQL keeps per day (V61's triggers
 * on {@code report} and {@code decision}) so that no report row is loaded and a year of a million
 * reports reads a few tens of thousands of rows: counts, delays (from histograms) and a series.
 * Codes, dates and counts only — never content, contacts or a worker's name, so reading them is
 * not a read of a report. The reports counted are those <em>received</em> in the period's days;
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

    /** The days of the figures: the associations' time (the summaries are kept per Paris day). */
    public static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    /** The département of reports that gave none. */
    public static final String NO_DEPARTMENT = "";

    private static final List<String> PLATFORMS = List.of("CLASSIFIED_AD", "SOCIAL_NETWORK", "MESSAGING", "DATING", "FORUM", "OTHER");

    private final JdbcClient jdbc;

    ReportFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The figures of the Paris days {@code from} to {@code to} (both included), the series cut in
     * Paris days, weeks or months. Read from the summaries kept per day by V61's triggers
     * ({@code report_figures_day}, {@code report_delay_day}, {@code decision_figures_day}): a year
     * is a few tens of thousands of rows, whatever the number of reports.
     *
     * @param firstClaimTargets the time each band may wait for its first claim (bands absent: no target)
     * @param now               the end of the wait of reports still unclaimed
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Figures of(LocalDate from, LocalDate to, Interval interval, Map<PriorityBand, Duration> firstClaimTargets,
            Instant now) {
        var byPriority = zeros(names(PriorityBand.values()));
        var byStatus = zeros(names(ReportStatus.values()));
        var byPlatform = zeros(PLATFORMS);
        var byDepartment = new TreeMap<String, Long>();
        var bySource = new ArrayList<SourceCount>();
        long[] received = { 0 };
        jdbc.sql("""
                select dimension, code, max(name) as name, sum(n) as n from report_figures_day
                where day between :from and :to group by dimension, code having sum(n) <> 0""")
                .param("from", from).param("to", to)
                .query(rs -> {
                    long n = rs.getLong("n");
                    String code = rs.getString("code");
                    switch (rs.getString("dimension")) {
                        case "priority" -> {
                            byPriority.merge(code, n, Long::sum);
                            received[0] += n;
                        }
                        case "status" -> byStatus.merge(code, n, Long::sum);
                        case "platform" -> byPlatform.merge(code, n, Long::sum);
                        case "department" -> byDepartment.merge(code, n, Long::sum);
                        default -> bySource.add(new SourceCount(code.isEmpty() ? null : UUID.fromString(code),
                                rs.getString("name"), n));
                    }
                });
        bySource.sort((a, b) -> a.received() != b.received() ? Long.compare(b.received(), a.received())
                : String.valueOf(a.name()).compareTo(String.valueOf(b.name())));

        var byDecision = zeros(names(DecisionType.values()));
        var byReferralChannel = zeros(DecisionRules.REFERRAL_CHANNELS.stream().sorted().toList());
        jdbc.sql("""
                select type, channel, sum(n) as n from decision_figures_day
                where day between :from and :to group by type, channel having sum(n) <> 0""")
                .param("from", from).param("to", to)
                .query(rs -> {
                    long n = rs.getLong("n");
                    String type = rs.getString("type");
                    byDecision.merge(type, n, Long::sum);
                    if ("REFERRAL".equals(type) && !rs.getString("channel").isEmpty()) {
                        byReferralChannel.merge(rs.getString("channel"), n, Long::sum);
                    }
                });

        return new Figures(received[0], byPriority, byStatus, byPlatform, byDepartment, List.copyOf(bySource), byDecision,
                byReferralChannel, delays(from, to, byPriority, firstClaimTargets, now), series(from, to, interval));
    }

    /** One bucket of a delay histogram: how many delays, their mean, the bucket's upper bound (seconds). */
    private record Bucket(long n, double mean, long upper) {
    }

    private Map<PriorityBand, Delays> delays(LocalDate from, LocalDate to, Map<String, Long> received,
            Map<PriorityBand, Duration> targets, Instant now) {
        var claims = new EnumMap<PriorityBand, List<Bucket>>(PriorityBand.class);
        var decisions = new EnumMap<PriorityBand, List<Bucket>>(PriorityBand.class);
        for (var band : PriorityBand.values()) {
            claims.put(band, new ArrayList<>());
            decisions.put(band, new ArrayList<>());
        }
        jdbc.sql("""
                select priority, kind, bucket, sum(n) as n, sum(seconds) as seconds from report_delay_day
                where day between :from and :to group by priority, kind, bucket having sum(n) > 0
                order by priority, kind, bucket""")
                .param("from", from).param("to", to)
                .query(rs -> {
                    var band = PriorityBand.valueOf(rs.getString("priority"));
                    long n = rs.getLong("n");
                    var bucket = new Bucket(n, rs.getDouble("seconds") / n, rs.getLong("bucket"));
                    ("C".equals(rs.getString("kind")) ? claims : decisions).get(band).add(bucket);
                });
        // still waiting for a first claim past the band's time: outside it, whatever comes
        var waitingPast = new EnumMap<PriorityBand, Long>(PriorityBand.class);
        var query = jdbc.sql("""
                select priority, count(*) as n from report
                where first_claimed_at is null and received_at >= :start and received_at < :end
                  and extract(epoch from :now - received_at)
                      > case priority when 'P1' then :p1 when 'P2' then :p2 when 'P3' then :p3 when 'P4' then :p4 end
                  and case priority when 'P1' then :p1 when 'P2' then :p2 when 'P3' then :p3 when 'P4' then :p4 end >= 0
                group by priority""")
                .param("start", at(from.atStartOfDay(ZONE).toInstant())).param("end", at(to.plusDays(1).atStartOfDay(ZONE).toInstant()))
                .param("now", at(now));
        for (var band : PriorityBand.values()) {
            Duration target = targets.get(band);
            query = query.param(band.name().toLowerCase(), target == null ? -1.0 : target.toMillis() / 1000.0);
        }
        query.query(rs -> {
            waitingPast.put(PriorityBand.valueOf(rs.getString("priority")), rs.getLong("n"));
        });

        var delays = new EnumMap<PriorityBand, Delays>(PriorityBand.class);
        for (var band : PriorityBand.values()) {
            var claimed = claims.get(band);
            var decided = decisions.get(band);
            Duration target = targets.get(band);
            long within = 0;
            long past = 0;
            if (target != null) {
                long limit = target.toSeconds();
                for (var b : claimed) {
                    if (b.upper() <= limit) {
                        within += b.n();
                    } else {
                        past += b.n();
                    }
                }
                past += waitingPast.getOrDefault(band, 0L);
            }
            delays.put(band, new Delays(received.getOrDefault(band.name(), 0L), total(claimed), percentile(claimed, 0.5),
                    percentile(claimed, 0.9), total(decided), percentile(decided, 0.5), percentile(decided, 0.9), within, past));
        }
        return delays;
    }

    private static long total(List<Bucket> buckets) {
        return buckets.stream().mapToLong(Bucket::n).sum();
    }

    /**
     * As {@code percentile_cont} over the delays, each bucket's delays taken at their mean: exact
     * when the delays of a bucket are equal, otherwise within the bucket's width.
     */
    private static Duration percentile(List<Bucket> buckets, double fraction) {
        long n = total(buckets);
        if (n == 0) {
            return null;
        }
        double position = fraction * (n - 1);
        long below = (long) Math.floor(position);
        double lower = valueAt(buckets, below);
        double upper = valueAt(buckets, Math.min(n - 1, below + 1));
        double seconds = lower + (position - below) * (upper - lower);
        return Duration.ofMillis(Math.round(seconds * 1000));
    }

    /** The value of the delay of rank {@code index} (0 first) in the histogram. */
    private static double valueAt(List<Bucket> buckets, long index) {
        long seen = 0;
        for (var b : buckets) {
            seen += b.n();
            if (index < seen) {
                return b.mean();
            }
        }
        return buckets.getLast().mean();
    }

    private List<Point> series(LocalDate from, LocalDate to, Interval interval) {
        String unit = interval.name().toLowerCase();
        return jdbc.sql("""
                with points as (
                    select generate_series(date_trunc(:unit, cast(:from as timestamp)), cast(:to as timestamp),
                                           cast('1 ' || cast(:unit as text) as interval)) as start),
                received as (
                    select date_trunc(:unit, cast(day as timestamp)) as start, sum(n) as n from report_figures_day
                    where dimension = 'priority' and day between :from and :to group by 1),
                decided as (
                    select date_trunc(:unit, cast(day as timestamp)) as start, sum(n) as n from decision_figures_day
                    where day between :from and :to group by 1)
                select p.start, coalesce(r.n, 0) as received, coalesce(d.n, 0) as decided
                from points p left join received r on r.start = p.start left join decided d on d.start = p.start
                order by p.start""")
                .param("unit", unit).param("from", from).param("to", to)
                .query((rs, n) -> new Point(rs.getObject("start", LocalDateTime.class).toLocalDate(), rs.getLong("received"),
                        rs.getLong("decided")))
                .list();
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
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
