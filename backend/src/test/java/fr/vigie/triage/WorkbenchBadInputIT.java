package fr.vigie.triage;

import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThat;

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
 * Every class of bad input the workbench API must refuse, as a coordinator who may call it all:
 * the right status (never 5xx), a problem document naming the field or parameter, and nothing
 * stored — no note, decision, claim or manual report. {@code {id}} is a real report.
 */
class WorkbenchBadInputIT extends EmbeddedServersTest {

    @Autowired
    JdbcClient jdbc;

    private static UUID report;

    static Stream<Arguments> badInputs() {
        var cases = new ArrayList<BadRequest>();
        String notes = "/api/v1/reports/{id}/notes";
        body(cases, "NUL in a note", notes, "{\"text\":\"avant\\u0000après\"}", "text");
        body(cases, "unpaired high surrogate in a note", notes, "{\"text\":\"avant\\ud83d après\"}", "text");
        body(cases, "unpaired low surrogate in a note", notes, "{\"text\":\"avant \\ude00après\"}", "text");
        body(cases, "an empty note", notes, "{}", "text");
        body(cases, "shareable of the wrong type", notes, "{\"text\":\"note\",\"shareable\":\"peut-être\"}", "shareable");
        body(cases, "a note that is an array", notes, "{\"text\":[\"note\"]}", "text");
        String decisions = "/api/v1/reports/{id}/decisions";
        body(cases, "NUL in a decision's comment", decisions,
                "{\"type\":\"NO_ACTION\",\"reason\":\"OTHER\",\"comment\":\"raison\\u0000\"}", "comment");
        body(cases, "unpaired surrogate in a referral's justification", decisions,
                "{\"type\":\"REFERRAL\",\"channel\":\"CRIP\",\"urgency\":\"URGENT\",\"justification\":\"\\ud800\"}", "justification");
        body(cases, "an empty decision", decisions, "{}", "type");
        body(cases, "a decision type of the wrong type", decisions, "{\"type\":{\"a\":1}}", "type");
        String reassign = "/api/v1/reports/{id}/claim/reassign";
        body(cases, "a reassignment without worker", reassign, "{}", "worker");
        body(cases, "NUL in the worker reassigned to", reassign, "{\"worker\":\"camille\\u0000\"}", "worker");
        body(cases, "a worker of the wrong type", reassign, "{\"worker\":[\"camille\"]}", "worker");
        String group = "/api/v1/group-decisions";
        body(cases, "an empty group decision", group, "{}", "reportIds");
        body(cases, "reportIds of the wrong type", group, "{\"reportIds\":\"{id}\"}", "reportIds");
        body(cases, "a report id that is not a UUID", group, "{\"reportIds\":[\"pas-un-uuid\"]}", "reportIds[0]");
        body(cases, "NUL in a group decision's comment", group, "{\"reportIds\":[\"{id}\"],\"decision\":"
                + "{\"type\":\"NO_ACTION\",\"reason\":\"OTHER\",\"comment\":\"\\u0000\"}}", "decision.comment");
        String manual = "/api/v1/manual-reports";
        body(cases, "NUL in a manual report", manual, manualReport("texte\\u0000"), "text");
        body(cases, "unpaired surrogate in a manual report's text", manual, manualReport("texte \\udbff"), "text");
        body(cases, "an empty manual report", manual, "{}", "externalId");
        cases.add(new BadRequest("a note asked for in XML", "POST", notes, "{\"text\":\"note\"}", 406, null, "Accept", "application/xml"));
        cases.add(new BadRequest("a manual report asked for in XML", "POST", manual, manualReport("texte"), 406, null,
                "Accept", "application/xml"));
        get(cases, "limit 0", "/api/v1/queue?limit=0", 400, "limit");
        get(cases, "limit over 200", "/api/v1/queue?limit=201", 400, "limit");
        get(cases, "a negative limit", "/api/v1/queue?limit=-5", 400, "limit");
        get(cases, "a limit that is not a number", "/api/v1/queue?limit=cinquante", 400, "limit");
        get(cases, "a limit beyond any int", "/api/v1/queue?limit=99999999999", 400, "limit");
        get(cases, "an unknown band", "/api/v1/queue?band=P9", 400, "band");
        get(cases, "mine that is not a boolean", "/api/v1/queue?mine=peut-etre", 400, "mine");
        get(cases, "NUL in the platform filter", "/api/v1/queue?platform=a%00b", 400, "platform");
        get(cases, "NUL in the department filter", "/api/v1/queue?department=6%009", 400, "department");
        get(cases, "a report id that is not a UUID", "/api/v1/reports/pas-un-uuid", 400, "id");
        get(cases, "%00 in a contact", "/api/v1/contacts/a%00b/reports", 400, null);
        get(cases, "%2F in a contact", "/api/v1/contacts/a%2Fb/reports", 400, null);
        get(cases, "a lone surrogate's bytes in a contact", "/api/v1/contacts/a%ED%A0%80b/reports", 400, null);
        get(cases, "an oversized query string", "/api/v1/queue?platform=" + "x".repeat(20_000), 414, null);
        get(cases, "an unknown path", "/api/v1/nothing-here", 404, null);
        cases.add(new BadRequest("the queue asked for in XML", "GET", "/api/v1/queue", null, 406, null, "Accept", "application/xml"));
        cases.add(new BadRequest("a method the queue does not answer", "PUT", "/api/v1/queue", "{}", 405, null));
        return cases.stream().map(Arguments::of);
    }

    @BeforeEach
    void aReport() {
        if (report == null) {
            var accepted = api().postAsPartner(PARTNER_KEY, "/api/v1/reports",
                    SyntheticReports.report(SyntheticReports.uniqueId("workbench-bad"), "Annonce pour les mauvaises entrées"));
            UUID id = UUID.fromString(accepted.body().get("id").asString());
            await().atMost(Duration.ofSeconds(30)).until(() -> reports.deliveries(id) == 1);
            report = id;
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void isRefusedAndNothingIsStored(BadRequest bad) {
        var coordinator = api();
        assertThat(coordinator.login("admin", ADMIN_PASSWORD).status()).isEqualTo(200);
        long before = stored();

        var response = coordinator.asPerson(bad.method(), bad.path().replace("{id}", report.toString()),
                bad.body() == null ? null : bad.body().replace("{id}", report.toString()), bad.headers());

        ProblemAssertions.assertProblem(response, bad.status(), bad.field());
        assertThat(stored()).as("notes, decisions, claims and submissions").isEqualTo(before);
    }

    private long stored() {
        return jdbc.sql("""
                select (select count(*) from report_note) + (select count(*) from decision)
                     + (select count(*) from report_claim) + (select count(*) from intake_submission)""")
                .query(Long.class).single();
    }

    private static void body(List<BadRequest> cases, String name, String path, String body, String field) {
        cases.add(BadRequest.body(name, "POST", path, body, field));
    }

    private static void get(List<BadRequest> cases, String name, String path, int status, String field) {
        cases.add(BadRequest.get(name, path, status, field));
    }

    private static String manualReport(String text) {
        return "{\"externalId\":\"manuel-" + UUID.randomUUID() + "\",\"platform\":\"FORUM\",\"text\":\"" + text
                + "\",\"observedAt\":\"" + java.time.Instant.now().minusSeconds(3600) + "\"}";
    }
}
