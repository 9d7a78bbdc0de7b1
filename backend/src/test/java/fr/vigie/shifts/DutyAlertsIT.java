package fr.vigie.shifts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import fr.vigie.identity.Role;
import fr.vigie.identity.UserAccounts;
import fr.vigie.support.EmbeddedServersTest;
import fr.vigie.support.ProblemAssertions;
import fr.vigie.support.SyntheticReports;

/**
 * The alert rules and their routing, with the default thresholds (reports are made older in the
 * database): to the coordinator on duty for the report's département, to every coordinator
 * (flagged) when nobody is; one acknowledgement, kept; escalations alert and wait in the inbox
 * until answered. Each test uses a département of its own, so that the duty shifts of one do not
 * route the alerts of another.
 */
class DutyAlertsIT extends EmbeddedServersTest {

    @Autowired
    UserAccounts users;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aP1NobodyHoldsPastItsTimeAlertsEveryCoordinatorWhenNobodyIsOnDutyUntilSomeoneTakesIt() {
        UUID p1 = report("48", "P1", Duration.ofMinutes(20), "Lycéenne de 16 ans, dispo ce soir. Alerte de test");
        UUID fresh = report("48", "P1", Duration.ZERO, "Mineure de 15 ans, dispo maintenant. Alerte récente");
        var coordinator = People.signedIn(api(), People.create(users, "coordination", Role.COORDINATOR));

        var alerts = coordinator.get("/api/v1/queue/alerts");
        assertThat(alerts.status()).isEqualTo(200);
        assertThat(alerts.body().get("thresholds").get("P1").asString()).isEqualTo("PT15M");
        assertThat(alerts.body().get("thresholds").get("P2").asString()).isEqualTo("PT2H");
        assertThat(alerts.body().get("thresholds").get("P3").asString()).isEqualTo("PT24H");
        var alert = alertFor(alerts.body(), p1, "UNCLAIMED").orElseThrow();
        assertThat(alert.get("noCoordinatorOnDuty").asBoolean()).isTrue();
        assertThat(alert.get("recipients").valueStream().map(JsonNode::asString)).contains("admin");
        assertThat(alert.get("priority").asString()).isEqualTo("P1");
        assertThat(alert.get("department").asString()).isEqualTo("48");
        assertThat(alert.get("link").asString()).isEqualTo("/signalements/" + p1);
        assertThat(Duration.parse(alert.get("waiting").asString())).isGreaterThanOrEqualTo(Duration.ofMinutes(20));
        assertThat(alertFor(alerts.body(), fresh, "UNCLAIMED")).isEmpty();
        assertThat(alerts.body().toString()).as("no report content in an alert").doesNotContain("Lycéenne", "Alerte de test");

        var worker = People.signedIn(api(), People.create(users, "alerte", Role.WORKER));
        assertThat(worker.get("/api/v1/queue/alerts").status()).as("for coordinators").isEqualTo(403);
        worker.post("/api/v1/reports/" + p1 + "/claim", Map.of());
        assertThat(alertFor(coordinator.get("/api/v1/queue/alerts").body(), p1, "UNCLAIMED")).as("resolved").isEmpty();
        var resolved = alertFor(coordinator.get("/api/v1/queue/alerts?state=all").body(), p1, "UNCLAIMED").orElseThrow();
        assertThat(resolved.get("resolvedAt").isNull()).as("kept, resolved").isFalse();

        // she leaves it (or closes the page and the lease runs out): a new alert at once
        worker.delete("/api/v1/reports/" + p1 + "/claim");
        assertThat(alertFor(coordinator.get("/api/v1/queue/alerts").body(), p1, "UNCLAIMED")).isPresent();
        worker.post("/api/v1/reports/" + p1 + "/claim", Map.of());
        jdbc.sql("update report_claim set expires_at = now() - interval '1 second' where report_id = :id").param("id", p1).update();
        assertThat(alertFor(coordinator.get("/api/v1/queue/alerts").body(), p1, "UNCLAIMED")).isPresent();

        worker.post("/api/v1/reports/" + p1 + "/claim", Map.of());
        assertThat(worker.post("/api/v1/reports/" + p1 + "/decisions", referral()).status()).isEqualTo(201);
        assertThat(alertFor(coordinator.get("/api/v1/queue/alerts").body(), p1, "UNCLAIMED")).isEmpty();
    }

    @Test
    void theAlertGoesToTheCoordinatorOnDutyForThatDepartmentWhoAcknowledgesItOnce() {
        String onDuty = People.create(users, "astreinte", Role.COORDINATOR);
        var elsewhere = People.signedIn(api(), People.create(users, "ailleurs", Role.COORDINATOR));
        String duty = plan(onDuty, "COORDINATOR_ON_DUTY", List.of("04"));
        try {
            UUID p1 = report("04", "P1", Duration.ofMinutes(16), "Annonce des Alpes, alerte d'astreinte");
            var coordinator = People.signedIn(api(), onDuty);
            var mine = coordinator.get("/api/v1/queue/alerts").body();
            assertThat(mine.get("onDuty").asBoolean()).isTrue();
            assertThat(mine.get("noCoordinatorOnDuty").asBoolean()).isFalse();
            var alert = alertFor(mine, p1, "UNCLAIMED").orElseThrow();
            assertThat(alert.get("noCoordinatorOnDuty").asBoolean()).isFalse();
            assertThat(alert.get("recipients").valueStream().map(JsonNode::asString)).containsExactly(onDuty);
            assertThat(alertFor(elsewhere.get("/api/v1/queue/alerts").body(), p1, "UNCLAIMED"))
                    .as("not for a coordinator off duty").isEmpty();

            String id = alert.get("id").asString();
            var acknowledged = coordinator.post("/api/v1/queue/alerts/" + id + "/acknowledgement", Map.of());
            assertThat(acknowledged.status()).isEqualTo(200);
            assertThat(acknowledged.body().get("acknowledgedBy").asString()).isEqualTo(onDuty);
            assertThat(acknowledged.body().get("acknowledgedAt").asString()).isNotBlank();
            assertThat(coordinator.post("/api/v1/queue/alerts/" + id + "/acknowledgement", Map.of()).status())
                    .as("again by herself").isEqualTo(200);
            var second = elsewhere.post("/api/v1/queue/alerts/" + id + "/acknowledgement", Map.of());
            ProblemAssertions.assertProblem(second, 409, null);
            assertThat(second.body().get("detail").asString()).contains(onDuty);
            ProblemAssertions.assertProblem(coordinator.post("/api/v1/queue/alerts/" + UUID.randomUUID() + "/acknowledgement",
                    Map.of()), 404, null);
            assertThat(alertFor(coordinator.get("/api/v1/queue/alerts").body(), p1, "UNCLAIMED").orElseThrow()
                    .get("acknowledgedBy").asString()).as("kept with who acknowledged it").isEqualTo(onDuty);
            assertThat(jdbc.sql("select count(*) from audit_log where actor = :who and action = 'ALERT_ACKNOWLEDGED'")
                    .param("who", onDuty).query(Long.class).single()).isEqualTo(1);
            close(p1);
        } finally {
            People.admin(api()).delete("/api/v1/shifts/" + duty);
        }
    }

    @Test
    void aCoordinatorAcknowledgesHerAlertsTogetherAllOrNoneAndAgainChangesNothing() {
        String me = People.create(users, "ensemble", Role.COORDINATOR);
        var coordinator = People.signedIn(api(), me);
        String colleagueName = People.create(users, "collegue", Role.COORDINATOR);
        String onDutyElsewhere = People.create(users, "cantal", Role.COORDINATOR);
        String duty = plan(onDutyElsewhere, "COORDINATOR_ON_DUTY", List.of("15"));
        try {
            List<UUID> p1s = List.of(report("43", "P1", Duration.ofMinutes(17), "Lycéenne, annonce groupée une"),
                    report("43", "P1", Duration.ofMinutes(18), "Lycéenne, annonce groupée deux"),
                    report("43", "P1", Duration.ofMinutes(19), "Lycéenne, annonce groupée trois"));
            UUID notHers = report("15", "P1", Duration.ofMinutes(20), "Annonce du Cantal, alerte d'une autre");
            var alerts = coordinator.get("/api/v1/queue/alerts").body();
            List<String> ids = p1s.stream().map(id -> alertFor(alerts, id, "UNCLAIMED").orElseThrow().get("id").asString()).toList();
            assertThat(alertFor(alerts, notHers, "UNCLAIMED")).as("routed to the coordinator on duty for 15 only").isEmpty();
            String othersAlert = alertFor(People.signedIn(api(), onDutyElsewhere).get("/api/v1/queue/alerts").body(), notHers,
                    "UNCLAIMED").orElseThrow().get("id").asString();

            // one alert that is not hers among hers: refused, naming it, and none of hers acknowledged
            var refused = coordinator.post("/api/v1/queue/alerts/acknowledgements",
                    Map.of("ids", List.of(ids.get(0), ids.get(1), othersAlert)));
            ProblemAssertions.assertProblem(refused, 422, "ids[2]");
            assertThat(refused.body().toString()).as("says nothing of the other's alert").doesNotContain(notHers.toString());
            var untouched = coordinator.get("/api/v1/queue/alerts").body();
            for (UUID id : p1s) {
                assertThat(alertFor(untouched, id, "UNCLAIMED").orElseThrow().get("acknowledgedBy").isNull()).isTrue();
            }

            // a colleague took one into account meanwhile: hers are the other two, that one stays the colleague's
            assertThat(People.signedIn(api(), colleagueName).post("/api/v1/queue/alerts/" + ids.get(2) + "/acknowledgement",
                    Map.of()).status()).isEqualTo(200);
            var together = coordinator.post("/api/v1/queue/alerts/acknowledgements",
                    Map.of("ids", List.of(ids.get(0), ids.get(1), ids.get(2), ids.get(0))));
            assertThat(together.status()).isEqualTo(200);
            assertThat(People.ids(together.body().get("acknowledged"))).containsExactly(ids.get(0), ids.get(1));
            assertThat(together.body().get("acknowledged").valueStream().map(a -> a.get("acknowledgedBy").asString()))
                    .containsOnly(me);
            assertThat(People.ids(together.body().get("already"))).containsExactly(ids.get(2));
            assertThat(together.body().toString()).as("no report content").doesNotContain("Lycéenne", "groupée");

            var seen = coordinator.get("/api/v1/queue/alerts").body();
            for (int i = 0; i < 3; i++) {
                var alert = alertFor(seen, p1s.get(i), "UNCLAIMED").orElseThrow();
                assertThat(alert.get("acknowledgedBy").asString()).as("who took alert %d into account", i)
                        .isEqualTo(i < 2 ? me : colleagueName);
                assertThat(alert.get("acknowledgedAt").asString()).isNotBlank();
                assertThat(alert.get("resolvedAt").isNull()).as("acknowledged, still open").isTrue();
            }
            assertThat(alertFor(People.signedIn(api(), onDutyElsewhere).get("/api/v1/queue/alerts").body(), notHers, "UNCLAIMED")
                    .orElseThrow().get("acknowledgedBy").isNull()).as("the other's alert, untouched").isTrue();
            assertThat(audited(me)).as("one ALERT_ACKNOWLEDGED per alert she acknowledged").isEqualTo(2);

            var again = coordinator.post("/api/v1/queue/alerts/acknowledgements", Map.of("ids", ids));
            assertThat(again.status()).isEqualTo(200);
            assertThat(again.body().get("acknowledged").isEmpty()).isTrue();
            assertThat(People.ids(again.body().get("already"))).containsExactlyElementsOf(ids);
            assertThat(audited(me)).as("again: nothing more").isEqualTo(2);

            assertThat(People.signedIn(api(), People.create(users, "ensemble-t", Role.WORKER))
                    .post("/api/v1/queue/alerts/acknowledgements", Map.of("ids", ids)).status()).as("for coordinators").isEqualTo(403);
            p1s.forEach(this::close);
            close(notHers);
        } finally {
            People.admin(api()).delete("/api/v1/shifts/" + duty);
        }
    }

    private long audited(String actor) {
        return jdbc.sql("select count(*) from audit_log where actor = :who and action = 'ALERT_ACKNOWLEDGED'")
                .param("who", actor).query(Long.class).single();
    }

    @Test
    void eachBandHasItsTimeToFirstClaimAndAClaimWithoutDecisionAlertsToo() {
        var coordinator = People.admin(api());
        UUID p2Late = report("05", "P2", Duration.ofMinutes(121), "Annonce P2 en retard");
        UUID p2OnTime = report("05", "P2", Duration.ofMinutes(100), "Annonce P2 à temps");
        UUID p3Late = report("05", "P3", Duration.ofHours(25), "Annonce P3 en retard");
        UUID p4Old = report("05", "P4", Duration.ofDays(3), "Annonce P4 ancienne");
        UUID held = report("05", "P2", Duration.ZERO, "Annonce prise sans décision");
        String holder = People.create(users, "detentrice", Role.WORKER);
        People.signedIn(api(), holder).post("/api/v1/reports/" + held + "/claim", Map.of());
        jdbc.sql("update report_claim set claimed_at = now() - interval '3 hours' where report_id = :id").param("id", held).update();

        var alerts = coordinator.get("/api/v1/queue/alerts").body();
        assertThat(alertFor(alerts, p2Late, "UNCLAIMED")).isPresent();
        assertThat(alertFor(alerts, p2OnTime, "UNCLAIMED")).isEmpty();
        assertThat(alertFor(alerts, p3Late, "UNCLAIMED")).isPresent();
        assertThat(alertFor(alerts, p4Old, "UNCLAIMED")).as("P4 has no time to first claim").isEmpty();
        var undecided = alertFor(alerts, held, "CLAIMED_UNDECIDED").orElseThrow();
        assertThat(undecided.get("worker").asString()).isEqualTo(holder);

        var levels = coordinator.get("/api/v1/queue/service-levels?from=" + Instant.now().minus(Duration.ofDays(2))
                .truncatedTo(ChronoUnit.SECONDS) + "&to=" + Instant.now().plusSeconds(60).truncatedTo(ChronoUnit.SECONDS));
        assertThat(levels.status()).isEqualTo(200);
        assertThat(levels.body().get("timeToFirstClaim").get("P2").get("breached").asLong()).isPositive();
        assertThat(levels.body().get("timeToFirstClaim").get("P2").get("threshold").asString()).isEqualTo("PT2H");
        ProblemAssertions.assertProblem(coordinator.get("/api/v1/queue/service-levels?from=hier"), 400, "from");
        for (UUID id : List.of(p2Late, p2OnTime, p3Late, p4Old, held)) {
            close(id);
        }
    }

    @Test
    void anEscalationAlertsAtOnceWaitsInTheInboxAndEachAnswerIsRecorded() {
        String workerName = People.create(users, "escalade", Role.WORKER);
        var worker = People.signedIn(api(), workerName);
        var coordinator = People.admin(api());
        UUID returned = report("06", "P2", Duration.ZERO, "Annonce à escalader, doute sur l'âge");
        UUID takenOver = report("06", "P3", Duration.ZERO, "Autre annonce à escalader");
        UUID decided = report("06", "P3", Duration.ZERO, "Troisième annonce à escalader");
        for (UUID id : List.of(returned, takenOver, decided)) {
            worker.post("/api/v1/reports/" + id + "/claim", Map.of());
            assertThat(worker.post("/api/v1/reports/" + id + "/decisions", Map.of("type", "ESCALATE",
                    "reason", "doute sur l'âge, avis de la coordination")).status()).isEqualTo(201);
        }

        var alert = alertFor(coordinator.get("/api/v1/queue/alerts").body(), returned, "ESCALATION").orElseThrow();
        assertThat(alert.get("worker").asString()).isEqualTo(workerName);
        var inbox = coordinator.get("/api/v1/escalations");
        assertThat(inbox.status()).isEqualTo(200);
        var item = inbox.body().get("items").valueStream().filter(i -> i.get("reportId").asString().equals(returned.toString()))
                .findFirst().orElseThrow();
        assertThat(item.get("escalatedBy").asString()).isEqualTo(workerName);
        assertThat(item.get("reason").asString()).isEqualTo("doute sur l'âge, avis de la coordination");
        assertThat(item.get("waiting").asString()).startsWith("PT");
        assertThat(worker.get("/api/v1/escalations").status()).isEqualTo(403);

        ProblemAssertions.assertProblem(coordinator.post("/api/v1/escalations/" + returned + "/answer", Map.of("action", "RETURN")),
                422, "note");
        ProblemAssertions.assertProblem(coordinator.post("/api/v1/escalations/" + returned + "/answer", Map.of("action", "IGNORE")),
                422, "action");
        var answer = coordinator.post("/api/v1/escalations/" + returned + "/answer",
                Map.of("action", "RETURN", "note", "Majeure selon le profil croisé : à toi de décider"));
        assertThat(answer.status()).isEqualTo(201);
        assertThat(answer.body().get("worker").asString()).isEqualTo(workerName);
        var back = worker.get("/api/v1/reports/" + returned).body();
        assertThat(back.get("status").asString()).isEqualTo("IN_REVIEW");
        assertThat(back.get("claim").get("worker").asString()).as("back with her").isEqualTo(workerName);
        assertThat(back.get("history").valueStream().map(h -> h.get("kind").asString() + ":" + h.get("type").asString()))
                .containsSubsequence("DECISION:ESCALATE", "NOTE:INTERNAL", "ANSWER:RETURN");
        assertThat(coordinator.post("/api/v1/escalations/" + returned + "/answer", Map.of("action", "TAKE_OVER")).status())
                .as("answered already").isEqualTo(409);

        assertThat(coordinator.post("/api/v1/escalations/" + takenOver + "/answer", Map.of("action", "TAKE_OVER")).status())
                .isEqualTo(201);
        assertThat(coordinator.get("/api/v1/reports/" + takenOver).body().get("claim").get("worker").asString()).isEqualTo("admin");

        assertThat(coordinator.post("/api/v1/reports/" + decided + "/decisions", Map.of("type", "NO_ACTION",
                "reason", "ADULT_NO_RISK", "comment", "majeure, vérifié")).status()).isEqualTo(201);
        assertThat(jdbc.sql("select action from escalation_answer where report_id = :id").param("id", decided)
                .query(String.class).list()).containsExactly("DECIDE");

        var after = coordinator.get("/api/v1/escalations").body().get("items").valueStream()
                .map(i -> i.get("reportId").asString()).toList();
        assertThat(after).doesNotContain(returned.toString(), takenOver.toString(), decided.toString());
        assertThat(alertFor(coordinator.get("/api/v1/queue/alerts").body(), returned, "ESCALATION")).as("resolved").isEmpty();
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'ESCALATIONS_READ' and actor = 'admin'")
                .query(Long.class).single()).isPositive();
        close(returned);
        close(takenOver);
    }

    @Test
    void aCoordinatorSetsWhereHerAlertsAreEmailed() {
        var coordinator = People.signedIn(api(), People.create(users, "courriel", Role.COORDINATOR));
        assertThat(coordinator.get("/api/v1/queue/alerts/settings").body().get("email").isNull()).isTrue();
        ProblemAssertions.assertProblem(coordinator.put("/api/v1/queue/alerts/settings", Map.of("email", "pas une adresse")),
                422, "email");
        assertThat(coordinator.put("/api/v1/queue/alerts/settings", Map.of("email", "astreinte@example.org")).status())
                .isEqualTo(200);
        assertThat(coordinator.get("/api/v1/queue/alerts/settings").body().get("email").asString())
                .isEqualTo("astreinte@example.org");
        ProblemAssertions.assertProblem(coordinator.get("/api/v1/queue/alerts?state=tout"), 400, "state");
    }

    /** A report of this département and band, received {@code age} ago. */
    private UUID report(String department, String band, Duration age, String text) {
        var report = SyntheticReports.report(SyntheticReports.uniqueId("alerte"), text + " " + People.suffix());
        report.put("location", Map.of("department", department));
        UUID id = UUID.fromString(api().postAsPartner(PARTNER_KEY, "/api/v1/reports", report).body().get("id").asString());
        await().atMost(Duration.ofSeconds(30)).until(() -> reports.deliveries(id) == 1);
        // the band is the scoring's business (tested elsewhere): here the rule for each band is
        jdbc.sql("update report set priority = :band, received_at = now() - make_interval(secs => :age) where id = :id")
                .param("band", band).param("age", (double) age.toSeconds()).param("id", id).update();
        return id;
    }

    /** Leaves nothing open behind for the tests that share this application. */
    private void close(UUID id) {
        var c = People.admin(api());
        c.post("/api/v1/reports/" + id + "/decisions", Map.of("type", "NO_ACTION", "reason", "OTHER", "comment", "fin du test"));
    }

    private String plan(String username, String kind, List<String> departments) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        var planned = People.admin(api()).post("/api/v1/shifts", ShiftsIT.shift(username, now.minus(Duration.ofMinutes(10)),
                now.plus(Duration.ofHours(1)), kind, List.of(), departments));
        assertThat(planned.status()).isEqualTo(201);
        return planned.body().get("id").asString();
    }

    static Optional<JsonNode> alertFor(JsonNode alerts, UUID report, String kind) {
        return alerts.get("items").valueStream()
                .filter(a -> report.toString().equals(a.get("reportId").asString(null)) && a.get("kind").asString().equals(kind))
                .findFirst();
    }

    private static Map<String, Object> referral() {
        return Map.of("type", "REFERRAL", "channel", "CRIP", "urgency", "URGENT",
                "justification", "mineure de 16 ans selon l'annonce, disponibilité immédiate");
    }
}
