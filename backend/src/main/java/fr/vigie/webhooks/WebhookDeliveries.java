package fr.vigie.webhooks;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The deliveries, queued and retried from PostgreSQL: one per change of what a partner sees of a
 * report (a repeat of the same change creates nothing), and the replays an administrator asks
 * for. An instance claims due deliveries with {@code FOR UPDATE SKIP LOCKED} and moves their next
 * attempt past the attempt's length, so that another instance neither waits for them nor sends
 * them a second time; an instance that dies mid-attempt leaves them due again when that lease ends.
 */
@Repository
class WebhookDeliveries {

    /** A delivery to attempt now. */
    record Due(UUID id, UUID partnerId, UUID reportId, String status, String outcome, Instant occurredAt, int attempts,
            Instant createdAt) {
    }

    /** One attempt, as the delivery log shows it. */
    record Attempt(int attempt, Instant at, Integer statusCode, String error, int durationMs) {
    }

    /** A delivery as the partner's administration page shows it: codes, dates, answers; no content. */
    record Delivery(UUID id, UUID reportId, String status, String outcome, Instant occurredAt, String state, int attempts,
            Instant nextAttemptAt, Instant createdAt, Instant finishedAt, Integer lastStatusCode, String lastError,
            UUID replayOf, String requestedBy, List<Attempt> attemptLog) {
    }

    static final String PENDING = "PENDING";
    static final String DELIVERED = "DELIVERED";
    static final String FAILED = "FAILED";

    private final JdbcClient jdbc;
    private final WebhookProperties properties;
    private final Clock clock = Clock.systemUTC();

    WebhookDeliveries(JdbcClient jdbc, WebhookProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    /** Queues the delivery of this change; false if it was queued already (an event seen twice). */
    boolean enqueue(UUID partnerId, UUID reportId, String status, String outcome, Instant occurredAt) {
        return jdbc.sql("""
                insert into webhook_delivery (id, partner_id, report_id, status, outcome, occurred_at, state, next_attempt_at)
                values (:id, :partner, :report, :status, :outcome, :occurred, 'PENDING', now())
                on conflict (report_id, occurred_at) where replay_of is null do nothing""")
                .param("id", UUID.randomUUID()).param("partner", partnerId).param("report", reportId).param("status", status)
                .param("outcome", outcome).param("occurred", Timestamp.from(occurredAt)).update() == 1;
    }

    /** A new delivery of the same change, attempted at once; empty if the partner has no such delivery. */
    Optional<UUID> replay(UUID partnerId, UUID deliveryId, String requestedBy) {
        UUID id = UUID.randomUUID();
        int inserted = jdbc.sql("""
                insert into webhook_delivery (id, partner_id, report_id, status, outcome, occurred_at, state, next_attempt_at,
                    replay_of, requested_by)
                select :id, partner_id, report_id, status, outcome, occurred_at, 'PENDING', now(), id, :by
                from webhook_delivery where id = :delivery and partner_id = :partner""")
                .param("id", id).param("by", requestedBy).param("delivery", deliveryId).param("partner", partnerId).update();
        return inserted == 1 ? Optional.of(id) : Optional.empty();
    }

    /** Claims up to {@code limit} due deliveries for this instance, for the length of an attempt. */
    @Transactional
    List<Due> claimDue(int limit) {
        return jdbc.sql("""
                with due as (
                    select id from webhook_delivery where state = 'PENDING' and next_attempt_at <= now()
                    order by next_attempt_at limit :limit for update skip locked)
                update webhook_delivery d set next_attempt_at = now() + cast(:lease as interval)
                from due where d.id = due.id
                returning d.id, d.partner_id, d.report_id, d.status, d.outcome, d.occurred_at, d.attempts, d.created_at""")
                .param("limit", limit).param("lease", properties.inFlightLease().toMillis() + " milliseconds")
                .query((rs, n) -> new Due(rs.getObject("id", UUID.class), rs.getObject("partner_id", UUID.class),
                        rs.getObject("report_id", UUID.class), rs.getString("status"), rs.getString("outcome"),
                        rs.getTimestamp("occurred_at").toInstant(), rs.getInt("attempts"), rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    /**
     * Records an attempt and what follows: delivered; or the next attempt after the backoff; or,
     * past {@code give-up-after} since the delivery was queued, failed for good.
     *
     * @return the delivery's state after this attempt
     */
    @Transactional
    String recordAttempt(Due due, WebhookSender.Result result, Duration took) {
        int attempt = due.attempts() + 1;
        Instant now = clock.instant();
        jdbc.sql("""
                insert into webhook_attempt (delivery_id, attempt, at, status_code, error, duration_ms)
                values (:id, :attempt, :at, :code, :error, :ms) on conflict do nothing""")
                .param("id", due.id()).param("attempt", attempt).param("at", Timestamp.from(now))
                .param("code", result.statusCode()).param("error", result.error()).param("ms", (int) Math.min(took.toMillis(), Integer.MAX_VALUE))
                .update();
        String state;
        Instant next = null;
        if (result.delivered()) {
            state = DELIVERED;
        } else {
            next = now.plus(properties.retryDelay(attempt));
            state = next.isAfter(due.createdAt().plus(properties.giveUpAfter())) ? FAILED : PENDING;
        }
        jdbc.sql("""
                update webhook_delivery set attempts = :attempt, state = :state, next_attempt_at = :next,
                    finished_at = case when :state = 'PENDING' then null else now() end,
                    last_status_code = :code, last_error = :error
                where id = :id""")
                .param("attempt", attempt).param("state", state)
                .param("next", state.equals(PENDING) ? Timestamp.from(next) : null)
                .param("code", result.statusCode()).param("error", result.error()).param("id", due.id()).update();
        return state;
    }

    /** Ends a delivery that can no longer be attempted (webhook removed, report gone). */
    void abandon(Due due, String why) {
        jdbc.sql("""
                update webhook_delivery set state = 'FAILED', next_attempt_at = null, finished_at = now(), last_error = :why
                where id = :id""").param("why", why).param("id", due.id()).update();
    }

    /** The partner's latest deliveries, newest first, each with its attempts. */
    List<Delivery> log(UUID partnerId, int limit) {
        var rows = jdbc.sql("select * from webhook_delivery where partner_id = :p order by created_at desc, id limit :limit")
                .param("p", partnerId).param("limit", limit).query(WebhookDeliveries::row).list();
        if (rows.isEmpty()) {
            return rows;
        }
        Map<UUID, List<Attempt>> attempts = jdbc.sql("""
                select delivery_id, attempt, at, status_code, error, duration_ms from webhook_attempt
                where delivery_id in (:ids) order by delivery_id, attempt""")
                .param("ids", rows.stream().map(Delivery::id).toList())
                .query((rs, n) -> Map.entry(rs.getObject("delivery_id", UUID.class), new Attempt(rs.getInt("attempt"),
                        rs.getTimestamp("at").toInstant(), (Integer) rs.getObject("status_code"), rs.getString("error"),
                        rs.getInt("duration_ms"))))
                .list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return rows.stream().map(d -> new Delivery(d.id(), d.reportId(), d.status(), d.outcome(), d.occurredAt(), d.state(),
                d.attempts(), d.nextAttemptAt(), d.createdAt(), d.finishedAt(), d.lastStatusCode(), d.lastError(), d.replayOf(),
                d.requestedBy(), attempts.getOrDefault(d.id(), List.of()))).toList();
    }

    /** The deliveries of reports the retention job deletes go with them. */
    void forget(Collection<UUID> reportIds) {
        if (reportIds.isEmpty()) {
            return;
        }
        jdbc.sql("delete from webhook_attempt where delivery_id in (select id from webhook_delivery where report_id in (:ids))")
                .param("ids", List.copyOf(reportIds)).update();
        jdbc.sql("update webhook_delivery set replay_of = null where report_id in (:ids)").param("ids", List.copyOf(reportIds)).update();
        jdbc.sql("delete from webhook_delivery where report_id in (:ids)").param("ids", List.copyOf(reportIds)).update();
    }

    private static Delivery row(ResultSet rs, int n) throws SQLException {
        return new Delivery(rs.getObject("id", UUID.class), rs.getObject("report_id", UUID.class), rs.getString("status"),
                rs.getString("outcome"), rs.getTimestamp("occurred_at").toInstant(), rs.getString("state"), rs.getInt("attempts"),
                instant(rs.getTimestamp("next_attempt_at")), rs.getTimestamp("created_at").toInstant(),
                instant(rs.getTimestamp("finished_at")), (Integer) rs.getObject("last_status_code"), rs.getString("last_error"),
                rs.getObject("replay_of", UUID.class), rs.getString("requested_by"), List.of());
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
