package fr.vigie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;

import fr.vigie.partners.PartnerDirectory;
import fr.vigie.search.ReportIndex;
import fr.vigie.support.EmbeddedServersTest;
import fr.vigie.support.QueuePages;
import fr.vigie.support.SyntheticReports;
import fr.vigie.support.VigieApi;

/** The foundation's path, end to end on the real embedded servers. */
class ReportPathIT extends EmbeddedServersTest {

    @Autowired
    ReportIndex index;

    @Autowired
    PartnerDirectory partners;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    KafkaConnectionDetails kafkaConnection;

    @Test
    void aPartnerReportReachesTheWorkersQueueTheDatabaseAndTheIndex() {
        String externalId = SyntheticReports.uniqueId("path");
        var accepted = api().postAsPartner(PARTNER_KEY, "/api/v1/reports",
                SyntheticReports.report(externalId, "Nouvelles annonces : jeune fille 16 ans, disponible ce soir"));

        assertThat(accepted.status()).isEqualTo(202);
        UUID id = UUID.fromString(accepted.body().get("id").asString());
        assertThat(accepted.body().get("status").asString()).isEqualTo("RECEIVED");
        assertThat(accepted.body().get("statusUrl").asString()).isEqualTo("/api/v1/reports/" + id + "/status");

        var worker = loggedInAdmin();
        JsonNode item = await().atMost(Duration.ofSeconds(30)).until(() -> QueuePages.item(worker, id), java.util.Objects::nonNull);
        assertThat(item.get("priority").asString()).isEqualTo("P1");
        assertThat(item.get("platformName").asString()).isEqualTo("Annonces-" + externalId);
        assertThat(item.get("source").asString()).isEqualTo("bootstrap");
        assertThat(item.get("signals").get(0).get("code").asString()).isEqualTo("STATED_MINOR_AGE");
        assertThat(item.get("signals").get(0).get("evidence").asString()).isEqualTo("16 ans");
        assertThat(item.has("text")).as("the queue shows no report text").isFalse();

        assertThat(index.contains(id)).isTrue();
        // "annonce" finds "annonces" only through the French analyzer declared in the index settings.
        assertThat(index.searchText("annonce")).contains(id);
        assertThat(reports.deliveries(id)).isEqualTo(1);
    }

    @Test
    void aPartnerReadsBackTheStatusOfItsOwnReportsOnly() {
        var accepted = api().postAsPartner(PARTNER_KEY, "/api/v1/reports",
                SyntheticReports.report(SyntheticReports.uniqueId("status"), "Annonce pour le suivi"));
        UUID id = UUID.fromString(accepted.body().get("id").asString());
        String statusUrl = accepted.body().get("statusUrl").asString();
        await().atMost(Duration.ofSeconds(30)).until(() -> reports.deliveries(id) == 1);

        var status = api().getAsPartner(PARTNER_KEY, statusUrl);
        assertThat(status.status()).isEqualTo(200);
        assertThat(status.body().get("id").asString()).isEqualTo(id.toString());
        assertThat(status.body().get("status").asString()).isEqualTo("RECEIVED");
        assertThat(status.body().has("updatedAt")).isTrue();

        String otherKey = "other-partner-key-" + UUID.randomUUID();
        var other = partners.create("other-" + UUID.randomUUID());
        partners.addKey(other.id(), otherKey);
        var foreign = api().getAsPartner(otherKey, statusUrl);
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.contentType()).startsWith("application/problem+json");
    }

    @Test
    void theIndexSeesThroughHiddenCharactersAndKeycapDigitsLikeTheAnalysis() {
        var accepted = api().postAsPartner(PARTNER_KEY, "/api/v1/reports", SyntheticReports.report(
                SyntheticReports.uniqueId("index"), "Annonce d'une mi\u200Bneure, 1\uFE0F\u20E36\uFE0F\u20E3 ans"));
        UUID id = UUID.fromString(accepted.body().get("id").asString());
        await().atMost(Duration.ofSeconds(30)).until(() -> index.contains(id));

        assertThat(index.searchText("mineure")).contains(id);
        assertThat(index.searchText("16")).contains(id);
    }

    @Test
    void sendingTheSameReportAgainNamesTheSameReport() {
        String externalId = SyntheticReports.uniqueId("again");
        var body = SyntheticReports.report(externalId, "Annonce de test, rien de particulier");
        var first = api().postAsPartner(PARTNER_KEY, "/api/v1/reports", body);
        var second = api().postAsPartner(PARTNER_KEY, "/api/v1/reports", body);

        assertThat(first.status()).isEqualTo(202);
        assertThat(second.status()).isEqualTo(202);
        assertThat(second.body().get("id").asString()).isEqualTo(first.body().get("id").asString());

        assertThat(first.body().get("outcome").asString()).isEqualTo("ACCEPTED");
        assertThat(second.body().get("outcome").asString()).isEqualTo("DUPLICATE");
        UUID id = UUID.fromString(first.body().get("id").asString());
        var worker = loggedInAdmin();
        await().atMost(Duration.ofSeconds(30)).until(() -> reports.deliveries(id) == 1);
        long copies = QueuePages.ids(worker, "").stream().filter(id.toString()::equals).count();
        assertThat(copies).isEqualTo(1);
    }

    @Test
    void invalidReportsAreRefusedWithTheFieldsAtFault() {
        var report = SyntheticReports.report(SyntheticReports.uniqueId("bad"), "");
        report.put("url", "javascript:alert(1)");
        var refused = api().postAsPartner(PARTNER_KEY, "/api/v1/reports", report);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        var fields = StreamSupport.stream(refused.body().get("errors").spliterator(), false)
                .map(e -> e.get("field").asString()).toList();
        assertThat(fields).containsExactlyInAnyOrder("text", "url");

        var malformed = api().postAsPartner(PARTNER_KEY, "/api/v1/reports", "{\"externalId\": ");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.contentType()).startsWith("application/problem+json");

        var unknownPlatform = SyntheticReports.report(SyntheticReports.uniqueId("bad"), "texte");
        unknownPlatform.put("platform", "TELEPATHY");
        assertThat(api().postAsPartner(PARTNER_KEY, "/api/v1/reports", unknownPlatform).status()).isEqualTo(422);
    }

    @Test
    void callersWithoutTheRightCredentialsAreTurnedAway() {
        var body = SyntheticReports.report(SyntheticReports.uniqueId("auth"), "texte");
        var wrongKey = api().postAsPartner("not-a-valid-key-at-all-000", "/api/v1/reports", body);
        assertThat(wrongKey.status()).isEqualTo(401);
        assertThat(wrongKey.contentType()).startsWith("application/problem+json");
        assertThat(wrongKey.headers()).doesNotContainKey("set-cookie");

        var anonymous = api();
        assertThat(anonymous.get("/api/v1/queue").status()).isEqualTo(401);
        assertThat(anonymous.post("/api/v1/reports", body).status()).isEqualTo(401);
        assertThat(anonymous.login("admin", "wrong-password-000").status()).isEqualTo(401);

        // A partner key opens the partner API only: elsewhere it finds nothing.
        var partnerOnQueue = VigieApi.at(port);
        assertThat(partnerOnQueue.postAsPartner(PARTNER_KEY, "/api/v1/auth/logout", "{}").status()).isEqualTo(404);
    }

    @Test
    void aRecordThatCannotBeProcessedGoesToTheDeadLetterTopicAndProcessingGoesOn() throws Exception {
        String poisonKey = "poison-" + UUID.randomUUID();
        kafka.send("vigie.reports.submitted", poisonKey, "{ this is not a report").get();

        try (var consumer = new KafkaConsumer<String, String>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, String.join(",", kafkaConnection.getBootstrapServers()),
                ConsumerConfig.GROUP_ID_CONFIG, "dlt-check-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of("vigie.reports.submitted.dlt"));
            var dead = await().atMost(Duration.ofSeconds(30)).until(() -> {
                for (var record : consumer.poll(Duration.ofMillis(500))) {
                    if (poisonKey.equals(record.key())) {
                        return record;
                    }
                }
                return null;
            }, java.util.Objects::nonNull);
            assertThat(dead.headers().lastHeader("kafka_dlt-exception-fqcn")).isNotNull();
        }

        String externalId = SyntheticReports.uniqueId("after-poison");
        var accepted = api().postAsPartner(PARTNER_KEY, "/api/v1/reports", SyntheticReports.report(externalId, "Annonce après un message illisible"));
        UUID id = UUID.fromString(accepted.body().get("id").asString());
        await().atMost(Duration.ofSeconds(30)).until(() -> reports.deliveries(id) == 1);
    }

    @Test
    void healthCoversTheThreeServersAndMetricsShowTheIntakeLag() {
        var health = api().get("/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.body().get("status").asString()).isEqualTo("UP");
        for (String component : List.of("db", "kafka", "elasticsearch")) {
            assertThat(health.body().get("components").get(component).get("status").asString()).as(component).isEqualTo("UP");
        }
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(api().getText("/actuator/prometheus"))
                .containsPattern("(?m)^vigie_intake_consumer_lag_records\\{.*\\} [0-9]"));
    }

    @Test
    void clientSideRoutesServeTheFrontEnd() {
        String page = api().getText("/file");
        assertThat(page).contains("<div id=\"root\"></div>");
        assertThat(api().get("/api/v1/unknown").status()).isIn(401, 403, 404);
    }

    private VigieApi loggedInAdmin() {
        var api = api();
        assertThat(api.login("admin", ADMIN_PASSWORD).status()).isEqualTo(200);
        return api;
    }

}
