package fr.vigie.statistics;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

import fr.vigie.triage.ReportRetention;

/**
 * A known month of workers' activity, June 2021 (Paris, summer time: the month runs from
 * 2021-05-31 22:00 UTC to 2021-06-30 22:00 UTC), written straight into triage's claim history and
 * decisions and into the shifts' table, far from what other tests do now. {@link #remove()}
 * deletes it all. Times UTC:
 *
 * <pre>
 * r5  stat-alice  claims 05-31 21:00, CONTACT 21:30 (before the month); claims 21:50, CONTACT 22:10 (in it: 20 min)
 * r1  stat-alice  claims 06-02 08:00, CONTACT 08:30                                          (30 min)
 * r2  stat-alice  claims 06-02 09:00, releases 09:10; stat-bruno claims 10:00, REFERRAL 11:00 (1 h)
 * r3  stat-alice  claims 06-03 14:00, ESCALATE 14:20 (20 min); stat-coord NO_ACTION 15:00, no claim (not measured)
 * r4  stat-bruno  claims 06-10 07:00, NO_ACTION 07:45 (45 min); claims 12:00, DUPLICATE 12:06 (6 min)
 * r6  stat-bruno  claims 07-01 08:00, CONTACT 08:10 (after the month)
 *
 * shift  who         start            end                                   in it
 * s3     stat-alice  05-31 20:00      05-31 23:00 (counted from 22:00)      r5's CONTACT 22:10
 * s1     stat-alice  06-02 07:00      06-02 09:05                           claims r1, r2; r1's CONTACT
 * s2     stat-bruno  06-10 06:00      06-10 14:00, handed over 12:03        claims r4 twice; NO_ACTION (not the DUPLICATE)
 * s4     stat-bruno  06-20 08:00      06-20 12:00                           nothing
 * also: an open shift, a coordinator-on-duty shift (stat-coord) in June, a shift of stat-alice in July: not listed
 * </pre>
 */
final class KnownWorkerActivity {

    static final String FROM = "2021-06-01";
    static final String TO = "2021-06-30";

    final UUID s1 = UUID.randomUUID();
    final UUID s2 = UUID.randomUUID();
    final UUID s3 = UUID.randomUUID();
    final UUID s4 = UUID.randomUUID();
    private final JdbcClient jdbc;
    private final ReportRetention retention;
    private final List<UUID> reports = new ArrayList<>();
    private final List<UUID> shifts = new ArrayList<>();

    KnownWorkerActivity(JdbcClient jdbc, ReportRetention retention) {
        this.jdbc = jdbc;
        this.retention = retention;
    }

    KnownWorkerActivity write() {
        var r5 = report("2021-05-31T20:30:00Z");
        claim(r5, "stat-alice", "2021-05-31T21:00:00Z", "2021-05-31T21:30:00Z", "DECIDED");
        decide(r5, "stat-alice", "CONTACT", "2021-05-31T21:30:00Z");
        claim(r5, "stat-alice", "2021-05-31T21:50:00Z", "2021-05-31T22:10:00Z", "DECIDED");
        decide(r5, "stat-alice", "CONTACT", "2021-05-31T22:10:00Z");
        var r1 = report("2021-06-02T07:50:00Z");
        claim(r1, "stat-alice", "2021-06-02T08:00:00Z", "2021-06-02T08:30:00Z", "DECIDED");
        decide(r1, "stat-alice", "CONTACT", "2021-06-02T08:30:00Z");
        var r2 = report("2021-06-02T08:50:00Z");
        claim(r2, "stat-alice", "2021-06-02T09:00:00Z", "2021-06-02T09:10:00Z", "RELEASED");
        claim(r2, "stat-bruno", "2021-06-02T10:00:00Z", "2021-06-02T11:00:00Z", "DECIDED");
        decide(r2, "stat-bruno", "REFERRAL", "2021-06-02T11:00:00Z");
        var r3 = report("2021-06-03T13:00:00Z");
        claim(r3, "stat-alice", "2021-06-03T14:00:00Z", "2021-06-03T14:20:00Z", "DECIDED");
        decide(r3, "stat-alice", "ESCALATE", "2021-06-03T14:20:00Z");
        decide(r3, "stat-coord", "NO_ACTION", "2021-06-03T15:00:00Z");
        var r4 = report("2021-06-10T06:30:00Z");
        claim(r4, "stat-bruno", "2021-06-10T07:00:00Z", "2021-06-10T07:45:00Z", "DECIDED");
        decide(r4, "stat-bruno", "NO_ACTION", "2021-06-10T07:45:00Z");
        claim(r4, "stat-bruno", "2021-06-10T12:00:00Z", "2021-06-10T12:06:00Z", "DECIDED");
        decide(r4, "stat-bruno", "DUPLICATE", "2021-06-10T12:06:00Z");
        var r6 = report("2021-07-01T07:00:00Z");
        claim(r6, "stat-bruno", "2021-07-01T08:00:00Z", "2021-07-01T08:10:00Z", "DECIDED");
        decide(r6, "stat-bruno", "CONTACT", "2021-07-01T08:10:00Z");

        shift(s3, "stat-alice", "WORKER", "2021-05-31T20:00:00Z", "2021-05-31T23:00:00Z", null, null);
        shift(s1, "stat-alice", "WORKER", "2021-06-02T07:00:00Z", "2021-06-02T09:05:00Z", null, null);
        shift(s2, "stat-bruno", "WORKER", "2021-06-10T06:00:00Z", "2021-06-10T14:00:00Z", "2021-06-10T12:03:00Z", null);
        shift(s4, "stat-bruno", "WORKER", "2021-06-20T08:00:00Z", "2021-06-20T12:00:00Z", null, null);
        shift(UUID.randomUUID(), null, "WORKER", "2021-06-15T08:00:00Z", "2021-06-15T12:00:00Z", null, 2);
        shift(UUID.randomUUID(), "stat-coord", "COORDINATOR_ON_DUTY", "2021-06-03T08:00:00Z", "2021-06-03T18:00:00Z", null, null);
        shift(UUID.randomUUID(), "stat-alice", "WORKER", "2021-07-01T07:00:00Z", "2021-07-01T12:00:00Z", null, null);
        return this;
    }

    void remove() {
        jdbc.sql("delete from shift where id in (:ids)").param("ids", shifts).update();
        retention.delete(reports);
    }

    private UUID report(String receivedAt) {
        var id = UUID.randomUUID();
        jdbc.sql("""
                insert into report (id, source_partner_id, source_name, external_id, platform, text, observed_at, received_at,
                                    department, priority, score, status)
                values (:id, null, 'Saisie manuelle', :external, 'CLASSIFIED_AD', 'Texte fictif de test statistique.', :at, :at,
                        '69', 'P2', 10, 'ACTIONED')""")
                .param("id", id).param("external", "stat-worker-" + id).param("at", at(receivedAt)).update();
        reports.add(id);
        return id;
    }

    private void claim(UUID report, String worker, String at, String releasedAt, String reason) {
        jdbc.sql("""
                insert into report_claim_history (report_id, worker, claimed_at, lease_until, released_at, reason)
                values (:report, :worker, :at, :released, :released, :reason)""")
                .param("report", report).param("worker", worker).param("at", at(at)).param("released", at(releasedAt))
                .param("reason", reason).update();
    }

    private void decide(UUID report, String author, String type, String at) {
        jdbc.sql("""
                insert into decision (id, report_id, type, author, created_at, details)
                values (:id, :report, :type, :author, :at, cast(:details as jsonb))""")
                .param("id", UUID.randomUUID()).param("report", report).param("type", type).param("author", author)
                .param("at", at(at)).param("details", "{\"type\":\"" + type + "\"}").update();
    }

    private void shift(UUID id, String username, String kind, String start, String end, String endedAt, Integer slots) {
        jdbc.sql("""
                insert into shift (id, username, kind, starts_at, ends_at, slots, ended_at, created_by)
                values (:id, :username, :kind, :start, :end, :slots, :ended, 'stat-coord')""")
                .param("id", id).param("username", username).param("kind", kind).param("start", at(start))
                .param("end", at(end)).param("slots", slots).param("ended", endedAt == null ? null : at(endedAt)).update();
        shifts.add(id);
    }

    private static OffsetDateTime at(String instant) {
        return Instant.parse(instant).atOffset(ZoneOffset.UTC);
    }
}
