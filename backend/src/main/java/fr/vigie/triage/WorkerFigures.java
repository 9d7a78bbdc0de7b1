package fr.vigie.triage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each worker's activity in time windows, computed by PostgreSQL over the claim history and the
 * decisions: claims taken, decisions recorded by type, and the time spent from her claim to her
 * decision. Usernames, codes, dates and counts — never a report's content.
 *
 * <p>The time spent on a decision runs from the start of the author's latest claim of that report
 * begun at or before the decision, to the decision; a decision without such a claim (an answer to
 * an escalation, a group decision) is not measured.
 */
@Service
public class WorkerFigures {

    /**
     * Where and whose activity to count: the claims begun and decisions recorded in
     * {@code [start, end)}, by {@code worker} only, or by everyone when it is null.
     *
     * @param key what the caller names this window by (returned as is)
     */
    public record Window(String key, String worker, Instant start, Instant end) {
    }

    /**
     * One worker's activity in one window.
     *
     * @param claims          claims she took (a report taken twice counts twice)
     * @param reportsClaimed  distinct reports she took
     * @param decisions       decisions she recorded
     * @param reportsDecided  distinct reports she recorded a decision on ("handled")
     * @param byDecision      her decisions by type, every type present, 0 included
     * @param measured        decisions measured for the time spent (with a claim before them)
     * @param timeSpent       the sum of claim → decision over those, null when none
     * @param medianTimeSpent their median ({@code percentile_cont}), null when none
     */
    public record Activity(String key, String worker, long claims, long reportsClaimed, long decisions, long reportsDecided,
            Map<String, Long> byDecision, long measured, Duration timeSpent, Duration medianTimeSpent) {
    }

    private final JdbcClient jdbc;

    WorkerFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The activity in each window, by worker: one {@link Activity} per window and worker who
     * took a claim or recorded a decision in it, by window (in the order given) then worker; a
     * window with a named worker and nothing done gives an activity of zeros.
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public List<Activity> in(List<Window> windows) {
        if (windows.isEmpty()) {
            return List.of();
        }
        var rows = new LinkedHashMap<String, Row>();
        for (var w : windows) {
            if (w.worker() != null) {
                rows.put(id(w.key(), w.worker()), new Row(w.key(), w.worker()));
            }
        }
        String[] keys = windows.stream().map(Window::key).toArray(String[]::new);
        String[] workers = windows.stream().map(Window::worker).toArray(String[]::new);
        String[] starts = windows.stream().map(w -> w.start().toString()).toArray(String[]::new);
        String[] ends = windows.stream().map(w -> w.end().toString()).toArray(String[]::new);
        String windowsCte = """
                with w as (select * from unnest(cast(:keys as text[]), cast(:workers as text[]),
                                                cast(cast(:starts as text[]) as timestamptz[]),
                                                cast(cast(:ends as text[]) as timestamptz[])) as w(k, worker, s, e))
                """;
        jdbc.sql(windowsCte + """
                select w.k, h.worker, count(*) as claims, count(distinct h.report_id) as reports
                from w join report_claim_history h
                  on (w.worker is null or h.worker = w.worker) and h.claimed_at >= w.s and h.claimed_at < w.e
                group by w.k, h.worker""")
                .param("keys", keys).param("workers", workers).param("starts", starts).param("ends", ends)
                .query(rs -> {
                    var row = rows.computeIfAbsent(id(rs.getString("k"), rs.getString("worker")),
                            k -> newRow(rs));
                    row.claims = rs.getLong("claims");
                    row.reportsClaimed = rs.getLong("reports");
                });
        jdbc.sql(windowsCte + """
                , d as (
                    select w.k, d.author, d.type, d.report_id,
                           extract(epoch from d.created_at - (select max(h.claimed_at) from report_claim_history h
                                   where h.report_id = d.report_id and h.worker = d.author and h.claimed_at <= d.created_at)) as spent
                    from w join decision d
                      on (w.worker is null or d.author = w.worker) and d.created_at >= w.s and d.created_at < w.e)
                select k, author as worker, grouping(type) as all_types, type, count(*) as n, count(distinct report_id) as reports,
                       count(spent) as measured, sum(spent) as spent,
                       percentile_cont(0.5) within group (order by spent) as median
                from d group by grouping sets ((k, author, type), (k, author))""")
                .param("keys", keys).param("workers", workers).param("starts", starts).param("ends", ends)
                .query(rs -> {
                    var row = rows.computeIfAbsent(id(rs.getString("k"), rs.getString("worker")), k -> newRow(rs));
                    if (rs.getInt("all_types") == 0) {
                        row.byDecision.merge(rs.getString("type"), rs.getLong("n"), Long::sum);
                    } else {
                        row.decisions = rs.getLong("n");
                        row.reportsDecided = rs.getLong("reports");
                        row.measured = rs.getLong("measured");
                        row.spent = seconds(rs, "spent");
                        row.median = seconds(rs, "median");
                    }
                });
        var order = new LinkedHashMap<String, Integer>();
        for (var w : windows) {
            order.putIfAbsent(w.key(), order.size());
        }
        var result = new ArrayList<Activity>();
        rows.values().stream()
                .sorted((a, b) -> a.key.equals(b.key) ? a.worker.compareTo(b.worker)
                        : Integer.compare(order.get(a.key), order.get(b.key)))
                .forEach(r -> result.add(new Activity(r.key, r.worker, r.claims, r.reportsClaimed, r.decisions,
                        r.reportsDecided, r.byDecision, r.measured, r.spent, r.median)));
        return List.copyOf(result);
    }

    private static Row newRow(ResultSet rs) {
        try {
            return new Row(rs.getString("k"), rs.getString("worker"));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String id(String key, String worker) {
        return key + "\u0000" + worker;
    }

    private static Duration seconds(ResultSet rs, String column) throws SQLException {
        Object value = rs.getObject(column);
        return value == null ? null : Duration.ofMillis(Math.round(((Number) value).doubleValue() * 1000));
    }

    private static final class Row {
        final String key;
        final String worker;
        long claims;
        long reportsClaimed;
        long decisions;
        long reportsDecided;
        long measured;
        Duration spent;
        Duration median;
        final Map<String, Long> byDecision = new LinkedHashMap<>();

        Row(String key, String worker) {
            this.key = key;
            this.worker = worker;
            for (var type : DecisionType.values()) {
                byDecision.put(type.name(), 0L);
            }
        }
    }
}
