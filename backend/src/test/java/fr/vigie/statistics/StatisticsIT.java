package fr.vigie.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import fr.vigie.triage.ReportRetention;
import fr.vigie.support.EmbeddedServersTest;
import fr.vigie.support.VigieApi;

/**
 * The Statistics API against {@link KnownActivity}: every figure and every group worked out by
 * hand, Paris day boundaries (a report at 23:30 UTC on 28 February counts for 1 March, one at
 * 22:30 UTC on 31 March for 1 April), the three intervals, and the read audited.
 */
class StatisticsIT extends EmbeddedServersTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    ReportRetention retention;

    private KnownActivity activity;
    private VigieApi coordinator;

    @BeforeEach
    void known() {
        activity = new KnownActivity(jdbc, retention).write();
        coordinator = api();
        coordinator.login("admin", ADMIN_PASSWORD);
    }

    @AfterEach
    void remove() {
        activity.remove();
    }

    @Test
    void everyFigureOfAKnownMonth() {
        var answer = coordinator.get("/api/v1/statistics?from=" + KnownActivity.FROM + "&to=" + KnownActivity.TO + "&interval=day");
        assertThat(answer.status()).isEqualTo(200);
        var f = answer.body();
        assertThat(f.get("from").asString()).isEqualTo("2021-03-01");
        assertThat(f.get("to").asString()).isEqualTo("2021-03-31");
        assertThat(f.get("timeZone").asString()).isEqualTo("Europe/Paris");
        assertThat(f.get("received").asLong()).isEqualTo(6);
        assertThat(counts(f.get("byPriority"))).isEqualTo(Map.of("P1", 2L, "P2", 2L, "P3", 1L, "P4", 1L));
        assertThat(counts(f.get("byStatus"))).isEqualTo(Map.of("NEW", 1L, "IN_REVIEW", 1L, "ESCALATED", 1L, "ACTIONED", 2L,
                "CLOSED", 1L, "MERGED", 0L, "PENDING_APPROVAL", 0L));
        assertThat(counts(f.get("byPlatform"))).isEqualTo(Map.of("CLASSIFIED_AD", 2L, "SOCIAL_NETWORK", 1L, "MESSAGING", 1L,
                "DATING", 1L, "FORUM", 1L, "OTHER", 0L));
        assertThat(counts(f.get("byDepartment"))).isEqualTo(Map.of("69", 2L, "75", 2L, "13", 1L, "", 1L));
        // decisions recorded in March, whenever their report came (the CONTACT is on a February report)
        assertThat(counts(f.get("byDecision"))).isEqualTo(Map.of("CONTACT", 1L, "REFERRAL", 2L, "NO_ACTION", 1L,
                "DUPLICATE", 0L, "ESCALATE", 1L));
        assertThat(counts(f.get("byReferralChannel"))).isEqualTo(Map.of("CRIP", 1L, "POLICE", 1L, "PROSECUTOR", 0L,
                "SNATED_119", 0L, "PHAROS", 0L, "PARTNER_ASSOCIATION", 0L));
        var partners = new ArrayList<String>();
        f.get("byPartner").forEach(p -> partners.add(p.get("name").asString() + "=" + p.get("received").asLong()
                + (p.get("partnerId").isNull() ? " (form)" : "")));
        assertThat(partners).containsExactlyInAnyOrder("Partenaire A (test)=2", "Partenaire B (test)=2", "Saisie manuelle=2 (form)");

        // first claim: P1 10 and 20 min, P2 30 and 5 min, P3 1 h, P4 never (percentile_cont interpolates)
        var claim = f.get("timeToClaim");
        assertDelay(claim.get("P1"), "PT15M", "PT19M", 2);
        assertDelay(claim.get("P2"), "PT17M30S", "PT27M30S", 2);
        assertDelay(claim.get("P3"), "PT1H", "PT1H", 1);
        assertDelay(claim.get("P4"), null, null, 0);
        // against the coordination's targets (P1 15 min, P2 2 h, P3 24 h): P1 10 min in, 20 min out
        assertThat(claim.get("P1").get("target").asString()).isEqualTo("PT15M");
        assertThat(claim.get("P1").get("withinTarget").asDouble()).isEqualTo(0.5);
        assertThat(claim.get("P2").get("withinTarget").asDouble()).isEqualTo(1.0);
        assertThat(claim.get("P4").get("target").isNull()).isTrue();
        // first decision other than an escalation: P1 1 h and 2 h, P2 40 min, P3 only escalated
        var decision = f.get("timeToDecision");
        assertDelay(decision.get("P1"), "PT1H30M", "PT1H54M", 2);
        assertDelay(decision.get("P2"), "PT40M", "PT40M", 1);
        assertDelay(decision.get("P3"), null, null, 0);
        assertDelay(decision.get("P4"), null, null, 0);

        var series = f.get("series");
        assertThat(series.size()).isEqualTo(31);
        assertThat(point(series.get(0))).isEqualTo("2021-03-01 1 2");
        assertThat(point(series.get(1))).isEqualTo("2021-03-02 2 2");
        assertThat(point(series.get(8))).isEqualTo("2021-03-09 1 1");
        assertThat(point(series.get(14))).isEqualTo("2021-03-15 1 0");
        assertThat(point(series.get(30))).isEqualTo("2021-03-31 1 0");
        long received = 0;
        long decided = 0;
        for (var p : series) {
            received += p.get("received").asLong();
            decided += p.get("decided").asLong();
        }
        assertThat(received).isEqualTo(6);
        assertThat(decided).isEqualTo(5);

        var audited = jdbc.sql("select count(*) from audit_log where action = 'STATISTICS_READ' and cast(details as jsonb) ->> 'from' = '2021-03-01'")
                .query(Long.class).single();
        assertThat(audited).isPositive();
    }

    @Test
    void weeksStartOnMondayAndAMonthIsOnePoint() {
        var weeks = coordinator.get("/api/v1/statistics?from=2021-03-01&to=2021-03-31&interval=week").body().get("series");
        var points = new ArrayList<String>();
        weeks.forEach(p -> points.add(point(p)));
        assertThat(points).containsExactly("2021-03-01 3 4", "2021-03-08 1 1", "2021-03-15 1 0", "2021-03-22 0 0",
                "2021-03-29 1 0");
        var month = coordinator.get("/api/v1/statistics?from=2021-03-01&to=2021-03-31&interval=month").body();
        assertThat(month.get("series").size()).isEqualTo(1);
        assertThat(point(month.get("series").get(0))).isEqualTo("2021-03-01 6 5");
        // without an interval, a month is counted in days
        assertThat(coordinator.get("/api/v1/statistics?from=2021-03-01&to=2021-03-31").body().get("interval").asString())
                .isEqualTo("day");
    }

    @Test
    void aDayInParisIsNotADayInUtc() {
        var first = coordinator.get("/api/v1/statistics?from=2021-03-01&to=2021-03-01").body();
        assertThat(first.get("received").asLong()).as("the report of 23:30 UTC on 28 February").isEqualTo(1);
        var april = coordinator.get("/api/v1/statistics?from=2021-04-01&to=2021-04-01").body();
        assertThat(april.get("received").asLong()).as("the report of 22:30 UTC on 31 March, summer time").isEqualTo(1);
    }

    private static void assertDelay(JsonNode delay, String p50, String p90, long count) {
        assertThat(delay.get("p50").isNull() ? null : delay.get("p50").asString()).isEqualTo(p50);
        assertThat(delay.get("p90").isNull() ? null : delay.get("p90").asString()).isEqualTo(p90);
        assertThat(delay.get("count").asLong()).isEqualTo(count);
    }

    private static String point(JsonNode p) {
        return p.get("start").asString() + " " + p.get("received").asLong() + " " + p.get("decided").asLong();
    }

    private static Map<String, Long> counts(JsonNode node) {
        var map = new java.util.HashMap<String, Long>();
        node.properties().forEach(e -> map.put(e.getKey(), e.getValue().asLong()));
        return map;
    }

    static List<String> lines(String text) {
        return text.lines().toList();
    }
}
