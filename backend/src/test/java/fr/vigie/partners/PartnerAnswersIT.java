package fr.vigie.partners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

import fr.vigie.support.EmbeddedServersTest;
import fr.vigie.support.IntakeTopic;
import fr.vigie.support.ProblemAssertions;
import fr.vigie.support.SyntheticReports;
import fr.vigie.support.VigieApi;

/**
 * What the partner API answers besides success, each status telling the truth: 401 (with its
 * Bearer challenge) only for a missing or wrong key; 404 and 405 for a valid key on a path or
 * method the partner API does not have; 503 with Retry-After while not ready; problem+json for
 * the container's own errors and for errors forwarded to /error.
 */
class PartnerAnswersIT extends EmbeddedServersTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    ApplicationContext context;

    @Autowired
    KafkaConnectionDetails kafka;

    @Autowired
    JdbcClient jdbc;

    @Test
    void noKeyOnAPartnerPathIs401WithABearerChallenge() {
        var noKey = api().exchange("POST", "/api/v1/reports", report("nokey"), "Content-Type", "application/json");
        assertProblem(noKey, 401);
        assertThat(noKey.headers().get("www-authenticate")).containsExactly("Bearer");

        var status = api().exchange("GET", "/api/v1/reports/" + UUID.randomUUID() + "/status", null);
        assertProblem(status, 401);
        assertThat(status.headers().get("www-authenticate")).containsExactly("Bearer");

        // a person's session is no key either: no CSRF 403 on the partner API
        var person = api();
        assertThat(person.login("admin", ADMIN_PASSWORD).status()).isEqualTo(200);
        var withSession = person.post("/api/v1/reports", new String(report("session"), StandardCharsets.UTF_8));
        assertProblem(withSession, 401);
        assertThat(withSession.headers().get("www-authenticate")).containsExactly("Bearer");
    }

    @Test
    void aWrongKeyIs401InvalidToken() {
        var wrong = api().exchange("POST", "/api/v1/reports", report("wrong"), "Content-Type", "application/json",
                "Authorization", "Bearer not-a-key-of-anyone-0000");
        assertProblem(wrong, 401);
        assertThat(wrong.headers().get("www-authenticate")).containsExactly("Bearer error=\"invalid_token\"");

        var onTheWorkbench = api().exchange("GET", "/api/v1/queue", null, "Authorization", "Bearer not-a-key-of-anyone-0000");
        assertProblem(onTheWorkbench, 401);
    }

    @Test
    void aValidKeyGets404ForUnknownPathsAnd405WithAllowForOtherMethods() {
        assertProblem(asPartner("GET", "/api/v1/nothing-here"), 404);
        assertProblem(asPartner("GET", "/api/v1/reports/" + UUID.randomUUID() + "/status/more"), 404);

        var deleteReports = asPartner("DELETE", "/api/v1/reports");
        assertProblem(deleteReports, 405);
        assertThat(deleteReports.headers().get("allow")).containsExactly("POST, GET");
        var putStatus = asPartner("PUT", "/api/v1/reports/" + UUID.randomUUID() + "/status");
        assertProblem(putStatus, 405);
        assertThat(putStatus.headers().get("allow")).containsExactly("GET");
        var getBatch = asPartner("GET", "/api/v1/reports/batch");
        assertProblem(getBatch, 405);
        assertThat(getBatch.headers().get("allow")).containsExactly("POST");

        var options = asPartner("OPTIONS", "/api/v1/reports");
        assertThat(options.status()).isEqualTo(204);
        assertThat(options.body()).isNull();
        assertThat(options.headers().get("allow")).containsExactly("POST, GET");
        assertThat(asPartner("HEAD", "/api/v1/reports/" + UUID.randomUUID() + "/status").status()).isEqualTo(404);
    }

    @Test
    void workbenchAndAdministrationPathsAreNotReachedWithAPartnerKey() {
        var accepted = api().postAsPartner(PARTNER_KEY, "/api/v1/reports",
                SyntheticReports.report(SyntheticReports.uniqueId("unreached"), "Annonce pour la file"));
        UUID id = UUID.fromString(accepted.body().get("id").asString());
        await().atMost(Duration.ofSeconds(30)).until(() -> reports.deliveries(id) == 1);

        for (var call : new String[][] { { "GET", "/api/v1/reports/" + id }, { "POST", "/api/v1/reports/" + id + "/claim" },
                { "GET", "/api/v1/queue" }, { "GET", "/api/v1/contacts/+33600000001/reports" },
                { "GET", "/api/v1/admin/users" }, { "POST", "/api/v1/admin/partners" }, { "GET", "/actuator/info" } }) {
            var response = asPartner(call[0], call[1]);
            assertProblem(response, 404);
            assertThat(response.body().get("title").asString()).isEqualTo(PartnerApiRouting.NOT_IN_PARTNER_API);
        }
        assertThat(jdbc.sql("select count(*) from report_claim where report_id = :id").param("id", id)
                .query(Long.class).single()).as("the claim was not taken").isZero();
    }

    @Test
    void anErrorForwardedToTheErrorPageIsAProblemDocumentForAPartnerToo() {
        // Tomcat refuses TRACE and forwards the 405 to /error, with the partner's headers
        var trace = asPartner("TRACE", "/api/v1/reports");
        assertProblem(trace, 405);
        var traceAnonymous = api().exchange("TRACE", "/api/v1/queue", null);
        assertProblem(traceAnonymous, 405);
        assertProblem(api().get("/error"), 404);
    }

    @Test
    void theContainersOwnErrorsAreProblemDocuments() {
        for (String key : new String[] { null, PARTNER_KEY }) {
            String[] auth = key == null ? new String[0] : new String[] { "Authorization", "Bearer " + key };
            assertProblem(api().exchange("GET", "/api/v1/reports/a%2Fb/status", null, auth), 400);
            assertProblem(api().exchange("GET", "/api/v1/reports/a%00b/status", null, auth), 400);
            assertProblem(api().exchange("GET", "/api/v1/contacts/a%00b/reports", null, auth), 400);
            // refused by Spring Security's firewall
            assertProblem(api().exchange("GET", "/api/v1/reports;x=1", null, auth), 400);
            assertProblem(api().exchange("GET", "/api//reports", null, auth), 400);
            assertProblem(api().exchange("GET", "/api/v1/contacts/a%25b/reports", null, auth), 400);
            // over Tomcat's 8 KiB limit of the request head
            assertProblem(api().exchange("GET", "/api/v1/reports?externalId=" + "a".repeat(20_000), null, auth), 414);
            String[] bigHeader = concat(auth, "X-Padding", "a".repeat(20_000));
            assertProblem(api().exchange("GET", "/api/v1/reports?externalId=x", null, bigHeader), 431);
        }
    }

    @Test
    void whileNotReadyEveryCallAnswers503WithRetryAfterAndHealthStaysReadable() {
        long written = IntakeTopic.recordsWritten(String.join(",", kafka.getBootstrapServers()));
        String externalId = SyntheticReports.uniqueId("not-ready");
        AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
        try {
            var refused = api().postAsPartner(PARTNER_KEY, "/api/v1/reports", SyntheticReports.report(externalId, "Annonce refusée"));
            assertProblem(refused, 503);
            assertThat(refused.headers().get("retry-after")).containsExactly("5");
            assertProblem(api().get("/api/v1/queue"), 503);
            assertProblem(asPartner("GET", "/api/v1/nothing-here"), 503);
            var health = api().get("/actuator/health");
            assertThat(health.contentType()).doesNotStartWith("application/problem+json");
            assertThat(health.body().has("status")).isTrue();
        } finally {
            AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
        }
        assertThat(IntakeTopic.recordsWritten(String.join(",", kafka.getBootstrapServers()))).isEqualTo(written);
        assertThat(api().getAsPartner(PARTNER_KEY, "/api/v1/reports?externalId=" + externalId).status()).isEqualTo(404);
    }

    @Test
    void anUnacceptableAcceptHeaderIs406BeforeAnythingIsStored() {
        long written = IntakeTopic.recordsWritten(String.join(",", kafka.getBootstrapServers()));
        String externalId = SyntheticReports.uniqueId("xml");
        byte[] body = JSON.writeValueAsBytes(SyntheticReports.report(externalId, "Annonce demandée en XML"));
        var single = api().exchange("POST", "/api/v1/reports", body, "Content-Type", "application/json",
                "Accept", "application/xml", "Authorization", "Bearer " + PARTNER_KEY);
        assertProblem(single, 406);
        var batch = api().exchange("POST", "/api/v1/reports/batch",
                JSON.writeValueAsBytes(java.util.Map.of("reports", java.util.List.of(SyntheticReports.report(externalId, "x")))),
                "Content-Type", "application/json", "Accept", "application/xml", "Authorization", "Bearer " + PARTNER_KEY);
        assertProblem(batch, 406);
        assertProblem(api().exchange("GET", "/api/v1/reports?externalId=" + externalId, null, "Accept", "text/html",
                "Authorization", "Bearer " + PARTNER_KEY), 406);

        assertThat(IntakeTopic.recordsWritten(String.join(",", kafka.getBootstrapServers()))).as("nothing sent").isEqualTo(written);
        assertThat(jdbc.sql("select count(*) from intake_submission where external_id = :e").param("e", externalId)
                .query(Long.class).single()).as("nothing stored").isZero();
        assertThat(api().getAsPartner(PARTNER_KEY, "/api/v1/reports?externalId=" + externalId).status()).isEqualTo(404);
    }

    @Test
    void theOpenApiDescriptionDocumentsEveryAnswerWithItsProblemBody() {
        var docs = api().get("/v3/api-docs/partner");
        assertThat(docs.status()).isEqualTo(200);
        var paths = docs.body().get("paths");
        var expected = java.util.Map.of(
                "post /api/v1/reports", java.util.List.of("202", "400", "401", "405", "406", "413", "414", "415", "422", "429", "431", "503"),
                "post /api/v1/reports/batch", java.util.List.of("200", "400", "401", "405", "406", "413", "414", "415", "422", "429", "431", "503"),
                "get /api/v1/reports", java.util.List.of("200", "400", "401", "404", "405", "406", "414", "429", "431", "503"),
                "get /api/v1/reports/{id}/status", java.util.List.of("200", "400", "401", "404", "405", "406", "414", "429", "431", "503"));
        expected.forEach((operation, statuses) -> {
            String method = operation.substring(0, operation.indexOf(' '));
            var responses = paths.get(operation.substring(operation.indexOf(' ') + 1)).get(method).get("responses");
            for (String status : statuses) {
                assertThat(responses.has(status)).as("%s documents %s", operation, status).isTrue();
                if (status.charAt(0) >= '4') {
                    assertThat(responses.get(status).get("content").get("application/problem+json").get("schema")
                            .get("$ref").asString()).as("%s %s body", operation, status).endsWith("/Problem");
                }
            }
            assertThat(responses.get("401").get("headers").has("WWW-Authenticate")).isTrue();
            assertThat(responses.get("429").get("headers").has("Retry-After")).isTrue();
            assertThat(responses.get("503").get("headers").has("Retry-After")).isTrue();
        });
        assertThat(docs.body().get("components").get("schemas").get("Problem").get("properties").has("errors")).isTrue();
    }

    private VigieApi.Response asPartner(String method, String path) {
        return api().exchange(method, path, null, "Authorization", "Bearer " + PARTNER_KEY);
    }

    private static byte[] report(String prefix) {
        return JSON.writeValueAsBytes(SyntheticReports.report(SyntheticReports.uniqueId(prefix), "Annonce de test"));
    }

    static void assertProblem(VigieApi.Response response, int status) {
        ProblemAssertions.assertProblem(response, status, null);
    }

    private static String[] concat(String[] first, String... more) {
        var all = java.util.Arrays.copyOf(first, first.length + more.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }
}
