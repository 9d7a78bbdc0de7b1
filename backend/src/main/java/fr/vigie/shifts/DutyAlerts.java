package fr.vigie.shifts;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.vigie.infrastructure.postgres.AdvisoryLockKeys;
import fr.vigie.infrastructure.web.FieldProblem;

/**
 * The alerts: raised when a rule starts to hold, routed to the coordinator(s) on duty, re-routed
 * while nobody has acknowledged them (a coordinator who comes on duty gets the open ones),
 * resolved when the rule no longer holds. One sweep at a time across instances (an advisory lock),
 * so an alert is raised once.
 */
@Service
class DutyAlerts {

    private static final long SWEEP_LOCK = AdvisoryLockKeys.of("alerts:sweep");

    private final JdbcClient jdbc;
    private final AlertConditions conditions;
    private final Routing routing;
    private final Clock clock = Clock.systemUTC();

    DutyAlerts(JdbcClient jdbc, AlertConditions conditions, Routing routing) {
        this.jdbc = jdbc;
        this.conditions = conditions;
        this.routing = routing;
    }

    /**
     * Brings the alerts up to date with the rules. {@code wait}: wait for a sweep running elsewhere
     * to finish (someone is reading the alerts now); otherwise skip when one runs.
     */
    @Transactional
    void sweep(boolean wait) {
        if (wait) {
            jdbc.sql("select pg_advisory_xact_lock(:k)").param("k", SWEEP_LOCK).query((rs, n) -> 1).list();
        } else if (!jdbc.sql("select pg_try_advisory_xact_lock(:k)").param("k", SWEEP_LOCK).query(Boolean.class).single()) {
            return;
        }
        var now = clock.instant();
        var holding = new HashMap<String, AlertConditions.Condition>();
        conditions.at(now).forEach(c -> holding.put(c.kind() + "/" + c.subject(), c));
        var open = jdbc.sql("select id, kind, subject, recipients, no_coordinator_on_duty, acknowledged_at from duty_alert"
                        + " where resolved_at is null")
                .query((rs, n) -> new OpenAlert(rs.getObject("id", UUID.class), rs.getString("kind") + "/" + rs.getString("subject"),
                        strings(rs.getArray("recipients")), rs.getBoolean("no_coordinator_on_duty"),
                        rs.getTimestamp("acknowledged_at") != null))
                .list();
        for (var alert : open) {
            var condition = holding.remove(alert.key());
            if (condition == null) {
                jdbc.sql("update duty_alert set resolved_at = :now where id = :id")
                        .param("now", Timestamp.from(now)).param("id", alert.id()).update();
            } else if (!alert.acknowledged()) {
                reroute(alert, condition, now);
            }
        }
        holding.values().forEach(c -> raise(c, now));
    }

    private record OpenAlert(UUID id, String key, List<String> recipients, boolean noCoordinatorOnDuty, boolean acknowledged) {
    }

    private void raise(AlertConditions.Condition c, Instant now) {
        var target = routing.of(c.platform(), c.department(), c.reportId() != null, now);
        jdbc.sql("""
                insert into duty_alert (id, kind, subject, report_id, priority, platform, department, worker, since, raised_at,
                                        recipients, no_coordinator_on_duty)
                values (:id, :kind, :subject, :report, :priority, :platform, :department, :worker, :since, :now, :recipients, :flag)
                on conflict do nothing""")
                .param("id", UUID.randomUUID()).param("kind", c.kind().name()).param("subject", c.subject())
                .param("report", c.reportId()).param("priority", c.priority()).param("platform", c.platform())
                .param("department", c.department()).param("worker", c.worker()).param("since", Timestamp.from(c.since()))
                .param("now", Timestamp.from(now)).param("recipients", target.coordinators().toArray(String[]::new))
                .param("flag", target.noCoordinatorOnDuty())
                .update();
    }

    /** Those who must know now are added to those who knew; the flag says whether anyone is on duty for it now. */
    private void reroute(OpenAlert alert, AlertConditions.Condition c, Instant now) {
        var target = routing.of(c.platform(), c.department(), c.reportId() != null, now);
        var recipients = new TreeSet<>(alert.recipients());
        recipients.addAll(target.coordinators());
        if (recipients.size() != alert.recipients().size() || target.noCoordinatorOnDuty() != alert.noCoordinatorOnDuty()) {
            jdbc.sql("update duty_alert set recipients = :r, no_coordinator_on_duty = :flag where id = :id")
                    .param("r", recipients.toArray(String[]::new)).param("flag", target.noCoordinatorOnDuty())
                    .param("id", alert.id()).update();
        }
    }

    /** The alerts routed to this coordinator: unresolved ones, or with {@code all} those of the last day too. */
    List<Alert> of(String coordinator, boolean all) {
        var now = clock.instant();
        return jdbc.sql("select * from duty_alert where :me = any(recipients) and "
                        + (all ? "(resolved_at is null or resolved_at > :dayBefore)" : "resolved_at is null")
                        + " order by (acknowledged_at is null) desc, since, id limit 200")
                .param("me", coordinator).param("dayBefore", Timestamp.from(now.minus(Duration.ofDays(1))))
                .query((rs, n) -> alert(rs, now)).list();
    }

    /** The alert after an acknowledgement, and whether this call made it (not a repeat of her own). */
    record Acknowledged(Alert alert, boolean now) {
    }

    /** One person acknowledges: 409 naming her if someone else did first. */
    @Transactional
    Acknowledged acknowledge(UUID id, String coordinator) {
        var now = clock.instant();
        var alert = jdbc.sql("select * from duty_alert where id = :id for update").param("id", id)
                .query((rs, n) -> alert(rs, now)).optional()
                .orElseThrow(() -> ShiftProblem.unknownAlert());
        if (alert.acknowledgedBy() != null) {
            if (alert.acknowledgedBy().equals(coordinator)) {
                return new Acknowledged(alert, false);
            }
            throw ShiftProblem.acknowledgedBy(alert);
        }
        return new Acknowledged(jdbc.sql(
                        "update duty_alert set acknowledged_by = :who, acknowledged_at = :at where id = :id returning *")
                .param("who", coordinator).param("at", Timestamp.from(now)).param("id", id)
                .query((rs, n) -> alert(rs, now)).single(), true);
    }

    /** The most alerts acknowledged in one call: as many as {@link #of} lists at once. */
    static final int MAX_TOGETHER = 200;

    /** What one call acknowledged, and those someone (she or a colleague) had acknowledged before: both as they are now. */
    record AcknowledgedTogether(List<Alert> acknowledged, List<Alert> already) {
    }

    /**
     * One coordinator acknowledges several alerts at once (« Tout prendre en compte »), all or none:
     * an id that is not an alert routed to her refuses the whole call, naming {@code ids[i]}, and
     * nothing is stored. Those already acknowledged are left as they are — by her or by a colleague,
     * they are taken into account, which is what she asked — so a repeat changes nothing.
     */
    @Transactional
    AcknowledgedTogether acknowledgeTogether(List<UUID> ids, String coordinator) {
        if (ids == null || ids.isEmpty() || ids.size() > MAX_TOGETHER) {
            throw ShiftProblem.invalid("ids", "entre 1 et " + MAX_TOGETHER + " alertes / between 1 and " + MAX_TOGETHER + " alerts");
        }
        var errors = new ArrayList<FieldProblem>();
        for (int i = 0; i < ids.size(); i++) {
            if (ids.get(i) == null) {
                errors.add(new FieldProblem("ids[" + i + "]", "obligatoire / required"));
            }
        }
        if (!errors.isEmpty()) {
            throw ShiftProblem.invalid(errors);
        }
        var now = clock.instant();
        var distinct = new LinkedHashSet<>(ids);
        // locked in id order, so that two calls sharing alerts wait for each other instead of deadlocking
        var mine = new HashMap<UUID, Alert>();
        jdbc.sql("select * from duty_alert where id in (:ids) and :me = any(recipients) order by id for update")
                .param("ids", distinct).param("me", coordinator)
                .query((rs, n) -> alert(rs, now)).list()
                .forEach(a -> mine.put(a.id(), a));
        for (int i = 0; i < ids.size(); i++) {
            if (!mine.containsKey(ids.get(i))) {
                // unknown and routed to someone else read the same: an id says nothing of others' alerts
                errors.add(new FieldProblem("ids[" + i + "]", "alerte inconnue ou qui ne vous est pas adressée"
                        + " / unknown alert, or not routed to you"));
            }
        }
        if (!errors.isEmpty()) {
            throw ShiftProblem.invalid(errors);
        }
        var fresh = distinct.stream().filter(id -> mine.get(id).acknowledgedBy() == null).toList();
        if (!fresh.isEmpty()) {
            jdbc.sql("update duty_alert set acknowledged_by = :who, acknowledged_at = :at where id in (:ids) returning *")
                    .param("who", coordinator).param("at", Timestamp.from(now)).param("ids", fresh)
                    .query((rs, n) -> alert(rs, now)).list()
                    .forEach(a -> mine.put(a.id(), a));
        }
        return new AcknowledgedTogether(fresh.stream().map(mine::get).toList(),
                distinct.stream().filter(id -> !fresh.contains(id)).map(mine::get).toList());
    }

    /** Alerts about these reports go with them (retention). */
    void forget(List<UUID> reportIds) {
        jdbc.sql("delete from duty_alert where report_id in (:ids)").param("ids", reportIds).update();
    }

    static Alert alert(ResultSet rs, Instant now) throws SQLException {
        Instant since = rs.getTimestamp("since").toInstant();
        Timestamp resolved = rs.getTimestamp("resolved_at");
        Timestamp acknowledged = rs.getTimestamp("acknowledged_at");
        UUID report = rs.getObject("report_id", UUID.class);
        var kind = AlertKind.valueOf(rs.getString("kind"));
        return new Alert(rs.getObject("id", UUID.class), kind, report, rs.getString("priority"),
                rs.getString("platform"), rs.getString("department"), rs.getString("worker"), since,
                Duration.between(since, resolved == null ? now : resolved.toInstant()).truncatedTo(java.time.temporal.ChronoUnit.SECONDS),
                rs.getTimestamp("raised_at").toInstant(), strings(rs.getArray("recipients")),
                rs.getBoolean("no_coordinator_on_duty"), rs.getString("acknowledged_by"),
                acknowledged == null ? null : acknowledged.toInstant(), resolved == null ? null : resolved.toInstant(),
                report == null ? "/planning" : "/signalements/" + report);
    }

    private static List<String> strings(Array array) throws SQLException {
        return Arrays.asList((String[]) array.getArray());
    }
}
