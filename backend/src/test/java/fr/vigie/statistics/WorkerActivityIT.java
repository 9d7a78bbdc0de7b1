package fr.vigie.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import fr.vigie.identity.Role;
import fr.vigie.identity.UserAccounts;
import fr.vigie.support.EmbeddedServersTest;
import fr.vigie.support.TestUsers;
import fr.vigie.triage.ReportRetention;

/**
 * {@code GET /api/v1/statistics/workers} against {@link KnownWorkerActivity}: every figure of
 * every worker over the month and over each of her shifts, worked out by hand; the read audited;
 * a worker refused; and no worker's name in the funders' exports.
 */
class WorkerActivityIT extends EmbeddedServersTest {

    private static final String PERIOD = "?from=" + KnownWorkerActivity.FROM + "&to=" + KnownWorkerActivity.TO;

    @Autowired
    JdbcClient jdbc;
    @Autowired
    ReportRetention retention;
    @Autowired
    UserAccounts users;

    private KnownWorkerActivity activity;

    @BeforeEach
    void known() {
        activity = new KnownWorkerActivity(jdbc, retention).write();
    }

    @AfterEach
    void remove() {
        activity.remove();
    }

    @Test
    void everyWorkersActivityOverTheMonthAndHerShifts() {
        var coordinator = api();
        coordinator.login("admin", ADMIN_PASSWORD);
        var answer = coordinator.get("/api/v1/statistics/workers" + PERIOD);
        assertThat(answer.status()).isEqualTo(200);
        var f = answer.body();
        assertThat(f.get("from").asString()).isEqualTo("2021-06-01");
        assertThat(f.get("to").asString()).isEqualTo("2021-06-30");
        assertThat(f.get("timeZone").asString()).isEqualTo("Europe/Paris");

        var workers = new ArrayList<String>();
        f.get("workers").forEach(w -> workers.add(w.get("worker").asString()));
        assertThat(workers).containsExactly("stat-alice", "stat-bruno", "stat-coord");
        // alice: claims r1, r2, r3 in June (not r5's, before it); CONTACT r5 (22:10 UTC is June in Paris) and r1, ESCALATE r3
        assertCounts(f.get("workers").get(0).get("activity"), 3, 3, 3, 3, Map.of("CONTACT", 2L, "ESCALATE", 1L), 3, "PT1H10M",
                "PT20M");
        // bruno: claims r2, r4 twice; REFERRAL r2 (1 h), NO_ACTION r4 (45 min), DUPLICATE r4 (6 min); July not counted
        assertCounts(f.get("workers").get(1).get("activity"), 3, 2, 3, 2, Map.of("REFERRAL", 1L, "NO_ACTION", 1L,
                "DUPLICATE", 1L), 3, "PT1H51M", "PT45M");
        // the coordinator's answer to the escalation: no claim, so no time measured
        assertCounts(f.get("workers").get(2).get("activity"), 0, 0, 1, 1, Map.of("NO_ACTION", 1L), 0, null, null);

        var shifts = f.get("shifts");
        var lines = new ArrayList<String>();
        shifts.forEach(s -> lines.add(s.get("shiftId").asString() + " " + s.get("worker").asString() + " "
                + s.get("start").asString() + " " + s.get("end").asString()));
        assertThat(lines).containsExactly(
                activity.s3 + " stat-alice 2021-05-31T20:00:00Z 2021-05-31T23:00:00Z",
                activity.s1 + " stat-alice 2021-06-02T07:00:00Z 2021-06-02T09:05:00Z",
                activity.s2 + " stat-bruno 2021-06-10T06:00:00Z 2021-06-10T12:03:00Z",
                activity.s4 + " stat-bruno 2021-06-20T08:00:00Z 2021-06-20T12:00:00Z");
        // counted from the month's start: the 21:50 claim is not in it, the 22:10 decision is
        assertCounts(shifts.get(0).get("activity"), 0, 0, 1, 1, Map.of("CONTACT", 1L), 1, "PT20M", "PT20M");
        // r1 and r2 claimed in it, r1 decided
        assertCounts(shifts.get(1).get("activity"), 2, 2, 1, 1, Map.of("CONTACT", 1L), 1, "PT30M", "PT30M");
        // handed over at 12:03: the 12:00 claim counts, the 12:06 DUPLICATE does not
        assertCounts(shifts.get(2).get("activity"), 2, 1, 1, 1, Map.of("NO_ACTION", 1L), 1, "PT45M", "PT45M");
        assertCounts(shifts.get(3).get("activity"), 0, 0, 0, 0, Map.of(), 0, null, null);

        var audited = jdbc.sql("""
                select count(*) from audit_log where action = 'STATISTICS_WORKERS_READ'
                and cast(details as jsonb) ->> 'from' = '2021-06-01' and cast(details as jsonb) ->> 'workers' = '3'""")
                .query(Long.class).single();
        assertThat(audited).isEqualTo(1);
    }

    @Test
    void workersAreRefusedAndExportsNameNoWorker() {
        var worker = api();
        worker.login(TestUsers.ensure(users, "stat-worker", Role.WORKER), TestUsers.PASSWORD);
        assertThat(worker.get("/api/v1/statistics/workers" + PERIOD).status()).isEqualTo(403);

        var coordinator = api();
        coordinator.login("admin", ADMIN_PASSWORD);
        assertThat(coordinator.get("/api/v1/statistics/workers?from=2021-06-31&to=2021-06-30").status()).isEqualTo(400);
        var csv = new String(coordinator.download("/api/v1/statistics/export?format=csv&" + PERIOD.substring(1)).body(), StandardCharsets.UTF_8);
        assertThat(csv).contains("Rubrique").doesNotContain("stat-alice").doesNotContain("stat-bruno").doesNotContain("stat-coord");
    }

    private static void assertCounts(JsonNode a, long claims, long reportsClaimed, long decisions, long handled,
            Map<String, Long> byDecision, long measured, String spent, String median) {
        assertThat(a.get("claims").asLong()).as("claims").isEqualTo(claims);
        assertThat(a.get("reportsClaimed").asLong()).as("reportsClaimed").isEqualTo(reportsClaimed);
        assertThat(a.get("decisions").asLong()).as("decisions").isEqualTo(decisions);
        assertThat(a.get("reportsHandled").asLong()).as("reportsHandled").isEqualTo(handled);
        var expected = new HashMap<String, Long>(Map.of("CONTACT", 0L, "REFERRAL", 0L, "NO_ACTION", 0L, "DUPLICATE", 0L,
                "ESCALATE", 0L));
        expected.putAll(byDecision);
        var actual = new HashMap<String, Long>();
        a.get("byDecision").properties().forEach(e -> actual.put(e.getKey(), e.getValue().asLong()));
        assertThat(actual).as("byDecision").isEqualTo(expected);
        assertThat(a.get("measured").asLong()).as("measured").isEqualTo(measured);
        assertThat(a.get("timeSpent").isNull() ? null : a.get("timeSpent").asString()).as("timeSpent").isEqualTo(spent);
        assertThat(a.get("medianTimeSpent").isNull() ? null : a.get("medianTimeSpent").asString()).as("median")
                .isEqualTo(median);
    }
}
