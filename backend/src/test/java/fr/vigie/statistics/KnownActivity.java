package fr.vigie.statistics;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

import fr.vigie.triage.ReportRetention;

/**
 * A known month of activity, March 2021 (Paris; summer time from the 28th), written straight
 * into triage's tables so that every figure can be worked out by hand — and far from the reports
 * other tests create now. Claims go through {@code report_claim} and decisions through
 * {@code decision}, as the workbench writes them, so the first-claim and first-decision dates are
 * what the database's triggers make of them. {@link #remove()} deletes it all.
 *
 * <pre>
 * report  received (UTC)       band status     platform        dép. source     claimed  decided
 * r1      2021-02-28 23:30     P1   ACTIONED   CLASSIFIED_AD   69   Partner A  +10 min  REFERRAL CRIP +1 h
 * r2      2021-03-02 10:00     P1   ACTIONED   SOCIAL_NETWORK  69   Partner A  +20 min  REFERRAL POLICE +2 h
 * r3      2021-03-02 11:00     P2   CLOSED     CLASSIFIED_AD   75   form       +30 min  NO_ACTION +40 min
 * r4      2021-03-09 09:00     P3   ESCALATED  FORUM           —    Partner B  +1 h     ESCALATE +1 h 10
 * r5      2021-03-15 12:00     P4   NEW        DATING          13   Partner B  —        —
 * r6      2021-03-31 21:30     P2   IN_REVIEW  MESSAGING       75   form       +5 min   —
 * before  2021-02-28 22:30     P1   ACTIONED   CLASSIFIED_AD   69   Partner A  —        CONTACT on 2021-03-01 08:00
 * after   2021-03-31 22:30     P1   NEW        CLASSIFIED_AD   69   Partner A  —        —   (1 April in Paris)
 * </pre>
 */
final class KnownActivity {

    static final String FROM = "2021-03-01";
    static final String TO = "2021-03-31";

    final UUID partnerA = UUID.randomUUID();
    final UUID partnerB = UUID.randomUUID();
    private final JdbcClient jdbc;
    private final ReportRetention retention;
    private final List<UUID> reports = new ArrayList<>();

    KnownActivity(JdbcClient jdbc, ReportRetention retention) {
        this.jdbc = jdbc;
        this.retention = retention;
    }

    KnownActivity write() {
        var r1 = report("2021-02-28T23:30:00Z", "P1", "ACTIONED", "CLASSIFIED_AD", "69", partnerA, "Partenaire A (test)");
        claim(r1, "2021-02-28T23:40:00Z");
        decide(r1, "REFERRAL", "2021-03-01T00:30:00Z", "{\"type\":\"REFERRAL\",\"channel\":\"CRIP\",\"urgency\":\"URGENT\"}");
        var r2 = report("2021-03-02T10:00:00Z", "P1", "ACTIONED", "SOCIAL_NETWORK", "69", partnerA, "Partenaire A (test)");
        claim(r2, "2021-03-02T10:20:00Z");
        decide(r2, "REFERRAL", "2021-03-02T12:00:00Z", "{\"type\":\"REFERRAL\",\"channel\":\"POLICE\",\"urgency\":\"IMMEDIATE\"}");
        var r3 = report("2021-03-02T11:00:00Z", "P2", "CLOSED", "CLASSIFIED_AD", "75", null, "Saisie manuelle");
        claim(r3, "2021-03-02T11:30:00Z");
        decide(r3, "NO_ACTION", "2021-03-02T11:40:00Z", "{\"type\":\"NO_ACTION\",\"reason\":\"ADULT_NO_RISK\"}");
        var r4 = report("2021-03-09T09:00:00Z", "P3", "ESCALATED", "FORUM", null, partnerB, "Partenaire B (test)");
        claim(r4, "2021-03-09T10:00:00Z");
        decide(r4, "ESCALATE", "2021-03-09T10:10:00Z", "{\"type\":\"ESCALATE\"}");
        report("2021-03-15T12:00:00Z", "P4", "NEW", "DATING", "13", partnerB, "Partenaire B (test)");
        var r6 = report("2021-03-31T21:30:00Z", "P2", "IN_REVIEW", "MESSAGING", "75", null, "Saisie manuelle");
        claim(r6, "2021-03-31T21:35:00Z");
        var before = report("2021-02-28T22:30:00Z", "P1", "ACTIONED", "CLASSIFIED_AD", "69", partnerA, "Partenaire A (test)");
        decide(before, "CONTACT", "2021-03-01T08:00:00Z", "{\"type\":\"CONTACT\",\"channel\":\"SMS\"}");
        report("2021-03-31T22:30:00Z", "P1", "NEW", "CLASSIFIED_AD", "69", partnerA, "Partenaire A (test)");
        return this;
    }

    void remove() {
        retention.delete(reports);
    }

    private UUID report(String receivedAt, String band, String status, String platform, String department, UUID partner,
            String sourceName) {
        var id = UUID.randomUUID();
        jdbc.sql("""
                insert into report (id, source_partner_id, source_name, external_id, platform, text, observed_at, received_at,
                                    department, priority, score, status)
                values (:id, :partner, :source, :external, :platform, 'Texte fictif de test statistique.', :at, :at,
                        :department, :band, 10, :status)""")
                .param("id", id).param("partner", partner).param("source", sourceName).param("external", "stat-" + id)
                .param("platform", platform).param("at", at(receivedAt)).param("department", department)
                .param("band", band).param("status", status).update();
        reports.add(id);
        return id;
    }

    /** Taken and let go, as a worker does. */
    private void claim(UUID report, String at) {
        jdbc.sql("insert into report_claim (report_id, worker, claimed_at, expires_at) values (:id, 'camille', :at, :until)")
                .param("id", report).param("at", at(at)).param("until", at(at).plus(Duration.ofMinutes(30))).update();
        jdbc.sql("delete from report_claim where report_id = :id").param("id", report).update();
    }

    private void decide(UUID report, String type, String at, String details) {
        jdbc.sql("""
                insert into decision (id, report_id, type, author, created_at, details)
                values (:id, :report, :type, 'camille', :at, cast(:details as jsonb))""")
                .param("id", UUID.randomUUID()).param("report", report).param("type", type).param("at", at(at))
                .param("details", details).update();
    }

    private static OffsetDateTime at(String instant) {
        return Instant.parse(instant).atOffset(ZoneOffset.UTC);
    }
}
