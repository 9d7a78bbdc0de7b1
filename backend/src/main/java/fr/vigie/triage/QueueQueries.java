package fr.vigie.triage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The queue in triage order — band, then reports flagged {@code IMMEDIATE_DANGER} by their
 * reporter, then score (highest first), then oldest first — with its filters.
 */
@Repository
class QueueQueries {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final TypeReference<List<Signal>> SIGNALS = new TypeReference<>() {
    };

    /**
     * The latest decision of each report: a follow-up counts only if nothing was decided since. Her
     * own, or (the team's view) those of workers who are not on shift now.
     */
    private static final String DUE_FOLLOW_UPS = """
            select report_id, author, follow_up_on from (
                select distinct on (report_id) report_id, author, follow_up_on from decision
                order by report_id, created_at desc) latest
            where latest.follow_up_on is not null and latest.follow_up_on <= :today
              and (latest.author = :me or (:team and not (latest.author = any(:onShift))))""";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock = Clock.systemUTC();

    QueueQueries(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** @param onShift who is on shift now: the team's follow-ups are those of everyone else */
    List<QueueItem> queue(QueueFilter filter, String me, QueueScope scope, java.util.Set<String> onShift) {
        var sql = new StringBuilder("""
                select r.id, r.priority, r.score, r.signals, r.status, r.observed_at, r.received_at, r.platform,
                       r.platform_name, r.city, r.department, r.source_name,
                       c.worker, c.claimed_at, c.expires_at, (due.report_id is not null) as follow_up_due, due.follow_up_on,
                       due.author as follow_up_by
                from report r
                left join report_claim c on c.report_id = r.id and c.expires_at > :now
                left join (""").append(DUE_FOLLOW_UPS).append(") due on due.report_id = r.id where ");
        var params = new HashMap<String, Object>();
        params.put("now", Timestamp.from(clock.instant()));
        params.put("today", LocalDate.now(clock.withZone(PARIS)));
        params.put("me", me);
        params.put("team", filter.teamFollowUps());
        params.put("onShift", onShift.toArray(String[]::new));
        if (filter.teamFollowUps()) {
            sql.append("due.report_id is not null and due.author <> :me");
        } else if (filter.followUps()) {
            sql.append("due.report_id is not null and due.author = :me");
        } else if (filter.status() != null) {
            sql.append("r.status = :status");
            params.put("status", filter.status().name());
        } else {
            sql.append("(r.status in ('NEW', 'IN_REVIEW') or (due.report_id is not null and due.author = :me))");
        }
        if (filter.mine()) {
            sql.append(" and c.worker = :me");
        }
        if (scope != null) {
            // her own follow-ups come back to her whatever her shift covers
            sql.append(" and ((").append(inScope(scope, params)).append(") or due.report_id is not null)");
        }
        if (filter.band() != null) {
            sql.append(" and r.priority = :band");
            params.put("band", filter.band().name());
        }
        if (filter.platform() != null) {
            sql.append(" and r.platform = :platform");
            params.put("platform", filter.platform());
        }
        if (filter.department() != null) {
            sql.append(" and r.department = :department");
            params.put("department", filter.department());
        }
        // a report its reporter flags as immediate danger goes to the top of its band (the form promises
        // it), whatever the score of the others: then score, then oldest first
        sql.append(" order by r.priority, case when r.reporter_concern = 'IMMEDIATE_DANGER' then 0 else 1 end,"
                + " r.score desc, r.received_at limit :limit");
        params.put("limit", filter.limit());
        return jdbc.sql(sql.toString()).params(params).query(this::item).list();
    }

    /** How many open reports in each band, in this scope (null: the whole queue). */
    Map<PriorityBand, Long> openCounts(QueueScope scope) {
        var counts = new EnumMap<PriorityBand, Long>(PriorityBand.class);
        for (var band : PriorityBand.values()) {
            counts.put(band, 0L);
        }
        var params = new HashMap<String, Object>();
        String where = scope == null ? "true" : inScope(scope, params);
        jdbc.sql("select priority, count(*) as n from report r where r.status in ('NEW', 'IN_REVIEW') and " + where
                        + " group by priority")
                .params(params)
                .query((rs, n) -> counts.put(PriorityBand.valueOf(rs.getString("priority")), rs.getLong("n")))
                .list();
        return counts;
    }

    /** The scope as a condition on {@code r}, its lists added to {@code params}. */
    private static String inScope(QueueScope scope, Map<String, Object> params) {
        var conditions = new java.util.ArrayList<String>();
        if (!scope.platforms().isEmpty()) {
            conditions.add("r.platform = any(:scopePlatforms)");
            params.put("scopePlatforms", scope.platforms().toArray(String[]::new));
        }
        if (!scope.departments().isEmpty()) {
            conditions.add("r.department = any(:scopeDepartments)");
            params.put("scopeDepartments", scope.departments().toArray(String[]::new));
        }
        return conditions.isEmpty() ? "true" : String.join(" and ", conditions);
    }

    private QueueItem item(ResultSet rs, int row) throws SQLException {
        String worker = rs.getString("worker");
        return new QueueItem(
                rs.getObject("id", UUID.class),
                PriorityBand.valueOf(rs.getString("priority")),
                rs.getInt("score"),
                json.readValue(rs.getString("signals"), SIGNALS),
                rs.getString("status"),
                rs.getTimestamp("observed_at").toInstant(),
                rs.getTimestamp("received_at").toInstant(),
                rs.getString("platform"),
                rs.getString("platform_name"),
                rs.getString("city"),
                rs.getString("department"),
                rs.getString("source_name"),
                worker == null ? null : new Claim(worker, rs.getTimestamp("claimed_at").toInstant(), rs.getTimestamp("expires_at").toInstant()),
                rs.getBoolean("follow_up_due"),
                rs.getObject("follow_up_on", java.time.LocalDate.class),
                rs.getString("follow_up_by"));
    }
}
