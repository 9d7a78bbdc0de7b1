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

    /** Triage order, as the columns of the partial index {@code report_queue_keyset} (V80). */
    private static final String ORDER = "r.priority, (case when r.reporter_concern = 'IMMEDIATE_DANGER' then 0 else 1 end),"
            + " (-r.score), r.received_at, r.id";
    private static final String COLUMNS = """
            r.id, r.priority, r.score, r.signals, r.status, r.observed_at, r.received_at, r.platform,
            r.platform_name, r.city, r.department, r.source_name, r.reporter_concern,
            left(r.text, :excerptRead) as excerpt""";
    /** A follow-up of hers that is due, or (the team's view) of a colleague who is not on shift now. */
    private static final String DUE = """
            %1$s.follow_up_on is not null and %1$s.follow_up_on <= :today
            and (%1$s.author = :me or (:team and not (%1$s.author = any(:onShift))))""";

    /** How long a row's excerpt is at most: two lines of a dense row, enough to recognise the ad. */
    static final int EXCERPT = 140;

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock = Clock.systemUTC();

    QueueQueries(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** One page of the queue and where the next one starts (null: this is the last). */
    record QueuePage(List<QueueItem> items, QueueCursor next) {
    }

    /**
     * The page of the queue after {@code filter.after()}. Each part is a walk of an index in triage
     * order stopped after {@code limit + 1} rows: the open reports ({@code report_queue_keyset}), one
     * status ({@code report_status_keyset}), the due follow-ups ({@code report_follow_up_due}, a few
     * rows) — never a scan of closed history.
     *
     * @param onShift who is on shift now: the team's follow-ups are those of everyone else
     */
    QueuePage queue(QueueFilter filter, String me, QueueScope scope, java.util.Set<String> onShift) {
        var params = new HashMap<String, Object>();
        params.put("now", Timestamp.from(clock.instant()));
        params.put("today", LocalDate.now(clock.withZone(PARIS)));
        params.put("me", me);
        params.put("team", filter.teamFollowUps());
        params.put("onShift", onShift.toArray(String[]::new));
        params.put("limit", filter.limit() + 1);
        params.put("excerptRead", EXCERPT + 40);
        var common = new StringBuilder();
        if (filter.mine()) {
            common.append(" and exists (select 1 from report_claim mc where mc.report_id = r.id and mc.worker = :me"
                    + " and mc.expires_at > :now)");
        }
        if (filter.band() != null) {
            common.append(" and r.priority = :band");
            params.put("band", filter.band().name());
        }
        if (filter.platform() != null) {
            common.append(" and r.platform = :platform");
            params.put("platform", filter.platform());
        }
        if (filter.department() != null) {
            common.append(" and r.department = :department");
            params.put("department", filter.department());
        }
        if (filter.after() != null) {
            var after = filter.after();
            common.append(" and (").append(ORDER).append(") > (:afterBand, :afterDanger, :afterScore, :afterReceived, :afterId)");
            params.put("afterBand", after.priority().name());
            params.put("afterDanger", after.danger());
            params.put("afterScore", -after.score());
            params.put("afterReceived", Timestamp.from(after.receivedAt()));
            params.put("afterId", after.id());
        }
        // her own follow-ups come back to her whatever her shift covers
        String scoped = scope == null ? "" : " and ((" + inScope(scope, params) + ") or exists (select 1 from report_follow_up sf"
                + " where sf.report_id = r.id and " + DUE.formatted("sf") + "))";
        var parts = new java.util.ArrayList<String>();
        if (filter.teamFollowUps()) {
            parts.add(followUps("f.author <> :me", common));
        } else if (filter.followUps()) {
            parts.add(followUps("f.author = :me", common));
        } else if (filter.status() != null) {
            params.put("status", filter.status().name());
            parts.add(part("from report r where r.status = :status" + scoped, common));
        } else {
            parts.add(part("from report r where r.status in ('NEW', 'IN_REVIEW')" + scoped, common));
            parts.add(followUps("f.author = :me and r.status not in ('NEW', 'IN_REVIEW')", common));
        }
        var sql = "select q.*, c.worker, c.claimed_at, c.expires_at, (due.report_id is not null) as follow_up_due,"
                + " due.follow_up_on, due.author as follow_up_by from ("
                + String.join(" union all ", parts) + ") q"
                + " left join report_claim c on c.report_id = q.id and c.expires_at > :now"
                + " left join report_follow_up due on due.report_id = q.id and " + DUE.formatted("due")
                + " order by " + ORDER.replace("r.", "q.") + " limit :limit";
        var rows = jdbc.sql(sql).params(params).query(this::row).list();
        if (rows.size() <= filter.limit()) {
            return new QueuePage(rows.stream().map(Row::item).toList(), null);
        }
        var page = rows.subList(0, filter.limit());
        return new QueuePage(page.stream().map(Row::item).toList(), page.getLast().cursor());
    }

    private static String part(String from, CharSequence common) {
        return "(select " + COLUMNS + " " + from + common + " order by " + ORDER + " limit :limit)";
    }

    private static String followUps(String whose, CharSequence common) {
        return part("from report_follow_up f join report r on r.id = f.report_id where " + DUE.formatted("f") + " and " + whose,
                common);
    }

    /**
     * How many open reports in each band, in this scope (null: the whole queue): the folded counts
     * plus the deltas appended since the last fold ({@link QueueCounts}), a few hundred rows at most.
     */
    Map<PriorityBand, Long> openCounts(QueueScope scope) {
        var counts = new EnumMap<PriorityBand, Long>(PriorityBand.class);
        for (var band : PriorityBand.values()) {
            counts.put(band, 0L);
        }
        var params = new HashMap<String, Object>();
        String where = scope == null ? "true" : inScope(scope, params);
        jdbc.sql("select priority, sum(n) as n from (select priority, platform, department, n from queue_count"
                        + " union all select priority, platform, department, n from queue_count_delta) r where " + where
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

    /** The text's first words: whitespace folded (a row is one or two lines), cut on a word. */
    static String excerpt(String start) {
        if (start == null) return null;
        String folded = start.replaceAll("\\s+", " ").strip();
        if (folded.length() <= EXCERPT) return folded;
        int cut = folded.lastIndexOf(' ', EXCERPT);
        return folded.substring(0, cut > EXCERPT / 2 ? cut : EXCERPT).stripTrailing() + " …";
    }

    private record Row(QueueItem item, QueueCursor cursor) {
    }

    private Row row(ResultSet rs, int row) throws SQLException {
        String worker = rs.getString("worker");
        var item = new QueueItem(
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
                rs.getString("follow_up_by"),
                excerpt(rs.getString("excerpt")));
        int danger = "IMMEDIATE_DANGER".equals(rs.getString("reporter_concern")) ? 0 : 1;
        return new Row(item, new QueueCursor(item.priority(), danger, item.score(), item.receivedAt(), item.id()));
    }
}
