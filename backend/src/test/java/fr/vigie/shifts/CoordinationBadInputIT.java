package fr.vigie.shifts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.vigie.support.BadRequest;
import fr.vigie.support.EmbeddedServersTest;
import fr.vigie.support.ProblemAssertions;
import fr.vigie.support.SyntheticReports;

/**
 * Every class of bad input the Coordination API must refuse, as a coordinator (the bootstrap
 * administrator, also a worker): the right status (never 5xx), a problem document naming the
 * field or parameter, and nothing stored — no shift, handover, alert setting, escalation answer or
 * acknowledgement. {@code {report}} is a real escalated report, {@code {shift}} a real shift of hers,
 * {@code {alert}} in a body the real alert of that escalation, routed to her.
 */
class CoordinationBadInputIT extends EmbeddedServersTest {

    private static final String VALID = "\"username\":\"admin\",\"kind\":\"WORKER\",\"start\":\"2061-03-01T21:00:00+01:00\","
            + "\"end\":\"2061-03-02T05:00:00+01:00\"";

    @Autowired
    JdbcClient jdbc;

    private static UUID report;
    private static String shift;
    /** The escalation alert of {@code report}, routed to her and not acknowledged. */
    private static String alert;

    static Stream<Arguments> badInputs() {
        var cases = new ArrayList<BadRequest>();
        String shifts = "/api/v1/shifts";
        body(cases, "an empty shift", shifts, "{}", "kind");
        body(cases, "NUL in a username", shifts, "{" + VALID.replace("\"admin\"", "\"ad\\u0000min\"") + "}", "username");
        body(cases, "an unpaired surrogate in a département", shifts, "{" + VALID + ",\"departments\":[\"6\\ud800\"]}", "departments[0]");
        body(cases, "a start that is a number", shifts, "{" + VALID.replace("\"start\":\"2061-03-01T21:00:00+01:00\"", "\"start\":12") + "}", "start");
        body(cases, "a start without offset", shifts, "{" + VALID.replace("21:00:00+01:00", "21:00:00") + "}", "start");
        body(cases, "platforms that are not a list", shifts, "{" + VALID + ",\"platforms\":\"FORUM\"}", "platforms");
        body(cases, "a null platform", shifts, "{" + VALID + ",\"platforms\":[null]}", "platforms[0]");
        body(cases, "slots of the wrong type", shifts, "{\"kind\":\"WORKER\",\"start\":\"2061-03-01T21:00:00+01:00\","
                + "\"end\":\"2061-03-02T01:00:00+01:00\",\"slots\":\"deux\"}", "slots");
        body(cases, "an open shift with no slot", shifts, "{\"kind\":\"WORKER\",\"start\":\"2061-03-01T21:00:00+01:00\","
                + "\"end\":\"2061-03-02T01:00:00+01:00\",\"slots\":0}", "slots");
        body(cases, "a repeat that is not an object", shifts, "{" + VALID + ",\"repeat\":true}", "repeat");
        body(cases, "a repeat until a non-date", shifts, "{" + VALID + ",\"repeat\":{\"weekly\":true,\"until\":\"bientôt\"}}", "repeat.until");
        body(cases, "a very long username", shifts, "{" + VALID.replace("\"admin\"", "\"" + "a".repeat(300) + "\"") + "}", "username");
        cases.add(new BadRequest("a change with a repeat", "PUT", "/api/v1/shifts/{shift}", "{" + VALID
                + ",\"repeat\":{\"weekly\":true,\"until\":\"2061-04-01\"}}", 422, "repeat"));
        cases.add(new BadRequest("a shift id that is not a UUID", "PUT", "/api/v1/shifts/pas-un-id", "{" + VALID + "}", 400, "id"));
        body(cases, "a handover without note", "/api/v1/shifts/{shift}/handover", "{}", "note");
        body(cases, "NUL in a handover note", "/api/v1/shifts/{shift}/handover", "{\"note\":\"fin\\u0000\"}", "note");
        body(cases, "a handover note that is a list", "/api/v1/shifts/{shift}/handover", "{\"note\":[\"fin\"]}", "note");
        body(cases, "an answer without action", "/api/v1/escalations/{report}/answer", "{}", "action");
        body(cases, "an unknown answer", "/api/v1/escalations/{report}/answer", "{\"action\":\"DELETE\"}", "action");
        body(cases, "NUL in an answer's note", "/api/v1/escalations/{report}/answer", "{\"action\":\"RETURN\",\"note\":\"\\u0000\"}", "note");
        body(cases, "a return without note", "/api/v1/escalations/{report}/answer", "{\"action\":\"RETURN\"}", "note");
        cases.add(new BadRequest("an answer to a report id that is not a UUID", "POST", "/api/v1/escalations/x/answer",
                "{\"action\":\"TAKE_OVER\"}", 400, "reportId"));
        cases.add(new BadRequest("an e-mail that is not one", "PUT", "/api/v1/queue/alerts/settings", "{\"email\":\"pas@\"}", 422, "email"));
        cases.add(new BadRequest("an e-mail that is a number", "PUT", "/api/v1/queue/alerts/settings", "{\"email\":42}", 422, "email"));
        cases.add(new BadRequest("NUL in an e-mail", "PUT", "/api/v1/queue/alerts/settings", "{\"email\":\"a\\u0000@b.fr\"}", 422, "email"));
        cases.add(new BadRequest("an acknowledgement of an id that is not a UUID", "POST", "/api/v1/queue/alerts/x/acknowledgement",
                null, 400, "id"));
        String together = "/api/v1/queue/alerts/acknowledgements";
        body(cases, "acknowledgements without ids", together, "{}", "ids");
        body(cases, "acknowledgements of no alert", together, "{\"ids\":[]}", "ids");
        body(cases, "acknowledgement ids that are not a list", together, "{\"ids\":\"{alert}\"}", "ids");
        body(cases, "acknowledgements as a bare list", together, "[\"{alert}\"]", "body");
        body(cases, "an acknowledgement id that is not a UUID", together, "{\"ids\":[\"{alert}\",\"pas-un-id\"]}", "ids[1]");
        body(cases, "a null acknowledgement id", together, "{\"ids\":[\"{alert}\",null]}", "ids[1]");
        body(cases, "NUL in an acknowledgement id", together, "{\"ids\":[\"{alert}\",\"\\u0000\"]}", "ids[1]");
        body(cases, "an unknown alert beside hers", together, "{\"ids\":[\"{alert}\",\"" + UUID.randomUUID() + "\"]}", "ids[1]");
        body(cases, "more alerts than one call takes", together, "{\"ids\":["
                + Stream.generate(() -> "\"" + UUID.randomUUID() + "\"").limit(DutyAlerts.MAX_TOGETHER + 1)
                        .collect(java.util.stream.Collectors.joining(",")) + "]}", "ids");
        get(cases, "a calendar from a non-date", "/api/v1/shifts?from=lundi", 400, "from");
        get(cases, "a calendar to before from", "/api/v1/shifts?from=2061-03-08&to=2061-03-01", 400, "to");
        get(cases, "NUL in a calendar bound", "/api/v1/shifts?from=2061%00", 400, "from");
        get(cases, "an unknown queue scope", "/api/v1/queue?scope=partout", 400, "scope");
        get(cases, "team follow-ups that is not a boolean", "/api/v1/queue?teamFollowUps=oui", 400, "teamFollowUps");
        get(cases, "an unknown alert state", "/api/v1/queue/alerts?state=toutes", 400, "state");
        get(cases, "service levels from a non-instant", "/api/v1/queue/service-levels?from=hier", 400, "from");
        cases.add(new BadRequest("the calendar asked for in XML", "GET", "/api/v1/shifts", null, 406, null, "Accept", "application/xml"));
        return cases.stream().map(Arguments::of);
    }

    @BeforeEach
    void anEscalatedReportAndAShift() {
        var admin = api();
        admin.login("admin", ADMIN_PASSWORD);
        if (report == null) {
            var accepted = api().postAsPartner(PARTNER_KEY, "/api/v1/reports",
                    SyntheticReports.report(SyntheticReports.uniqueId("coordination-bad"), "Annonce pour les mauvaises entrées"));
            UUID id = UUID.fromString(accepted.body().get("id").asString());
            await().atMost(Duration.ofSeconds(30)).until(() -> reports.deliveries(id) == 1);
            admin.post("/api/v1/reports/" + id + "/claim", java.util.Map.of());
            assertThat(admin.post("/api/v1/reports/" + id + "/decisions", java.util.Map.of("type", "ESCALATE", "reason", "test"))
                    .status()).isEqualTo(201);
            report = id;
        }
        if (alert == null) {
            alert = DutyAlertsIT.alertFor(admin.get("/api/v1/queue/alerts").body(), report, "ESCALATION").orElseThrow()
                    .get("id").asString();
        }
        if (shift == null) {
            var planned = admin.post("/api/v1/shifts", "{\"username\":\"admin\",\"kind\":\"WORKER\","
                    + "\"start\":\"2062-03-01T21:00:00+01:00\",\"end\":\"2062-03-02T05:00:00+01:00\"}");
            assertThat(planned.status()).isEqualTo(201);
            shift = planned.body().get("id").asString();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void isRefusedAndNothingIsStored(BadRequest bad) {
        var coordinator = api();
        assertThat(coordinator.login("admin", ADMIN_PASSWORD).status()).isEqualTo(200);
        long before = stored();

        var response = coordinator.asPerson(bad.method(), bad.path().replace("{report}", report.toString()).replace("{shift}", shift),
                bad.body() == null ? null : bad.body().replace("{alert}", alert), bad.headers());

        ProblemAssertions.assertProblem(response, bad.status(), bad.field());
        assertThat(stored()).as("shifts, handovers, alert e-mails, escalation answers, acknowledgements").isEqualTo(before);
    }

    private long stored() {
        return jdbc.sql("""
                select (select count(*) from shift) + (select count(*) from shift_handover) + (select count(*) from alert_email)
                     + (select count(*) from escalation_answer) + (select count(*) from shift where ended_at is not null)
                     + (select count(*) from duty_alert where acknowledged_at is not null)""")
                .query(Long.class).single();
    }

    private static void body(List<BadRequest> cases, String name, String path, String body, String field) {
        cases.add(BadRequest.body(name, "POST", path, body, field));
    }

    private static void get(List<BadRequest> cases, String name, String path, int status, String field) {
        cases.add(BadRequest.get(name, path, status, field));
    }
}
