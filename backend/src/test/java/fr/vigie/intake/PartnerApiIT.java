package fr.vigie.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import fr.vigie.partners.PartnerDirectory;
import fr.vigie.partners.PartnerRateLimits;
import fr.vigie.support.EmbeddedServersTest;
import fr.vigie.support.IntakeTopic;
import fr.vigie.support.SyntheticReports;
import fr.vigie.support.VigieApi;

/** The partner API contract: idempotency, updates, batches, status read-back, isolation, limits. */
class PartnerApiIT extends EmbeddedServersTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    KafkaConnectionDetails kafka;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PartnerDirectory partners;

    @Autowired
    PartnerRateLimits rateLimits;

    @Test
    void theSameCallAgainCreatesNothingNewNotEvenAKafkaRecord() {
        var report = SyntheticReports.report(SyntheticReports.uniqueId("repeat"), "Annonce répétée");
        var first = api().postAsPartner(PARTNER_KEY, "/api/v1/reports", report);
        long written = intakeRecords();
        var again = api().postAsPartner(PARTNER_KEY, "/api/v1/reports", report);

        assertThat(again.status()).isEqualTo(202);
        assertThat(again.body().get("id").asString()).isEqualTo(first.body().get("id").asString());
        assertThat(again.body().get("outcome").asString()).isEqualTo("DUPLICATE");
        assertThat(intakeRecords()).isEqualTo(written);
    }

    @Test
    void aDifferentBodyForAKnownExternalIdIsANewVersionOfTheSameReport() {
        String externalId = SyntheticReports.uniqueId("update");
        var first = api().postAsPartner(PARTNER_KEY, "/api/v1/reports", SyntheticReports.report(externalId, "Première version du texte"));
        UUID id = UUID.fromString(first.body().get("id").asString());
        await().atMost(Duration.ofSeconds(30)).until(() -> reports.version(id) == 1);

        var changed = SyntheticReports.report(externalId, "Deuxième version du texte, 16 ans");
        var update = api().postAsPartner(PARTNER_KEY, "/api/v1/reports", changed);

        assertThat(update.status()).isEqualTo(202);
        assertThat(update.body().get("id").asString()).isEqualTo(id.toString());
        assertThat(update.body().get("outcome").asString()).isEqualTo("UPDATED");
        assertThat(update.body().get("version").asInt()).isEqualTo(2);
        await().atMost(Duration.ofSeconds(30)).until(() -> reports.version(id) == 2);
        assertThat(jdbc.sql("select text from report_version where report_id = :id and version = 1").param("id", id)
                .query(String.class).single()).isEqualTo("Première version du texte");
        assertThat(jdbc.sql("select priority from report where id = :id").param("id", id).query(String.class).single())
                .as("the new version is re-assessed").isEqualTo("P1");
    }

    @Test
    void twentyConcurrentIdenticalCallsMakeExactlyOneReport() throws Exception {
        var report = SyntheticReports.report(SyntheticReports.uniqueId("race"), "Annonce envoyée vingt fois");
        long written = intakeRecords();
        var start = new CountDownLatch(1);
        var accepted = new AtomicInteger();
        var ids = java.util.concurrent.ConcurrentHashMap.<String>newKeySet();
        try (var pool = Executors.newFixedThreadPool(20)) {
            var calls = new ArrayList<Callable<Integer>>();
            for (int i = 0; i < 20; i++) {
                calls.add(() -> {
                    start.await();
                    var response = VigieApi.at(port).postAsPartner(PARTNER_KEY, "/api/v1/reports", report);
                    ids.add(response.body().get("id").asString());
                    if (response.body().get("outcome").asString().equals("ACCEPTED")) {
                        accepted.incrementAndGet();
                    }
                    return response.status();
                });
            }
            var futures = calls.stream().map(pool::submit).toList();
            start.countDown();
            for (var future : futures) {
                assertThat(future.get()).isEqualTo(202);
            }
        }
        assertThat(accepted.get()).isEqualTo(1);
        assertThat(ids).hasSize(1);
        assertThat(intakeRecords()).isEqualTo(written + 1);
        assertThat(jdbc.sql("select count(*) from intake_submission where external_id = :e")
                .param("e", report.get("externalId")).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aBatchAnswersPerItemAndOneBadItemDoesNotSinkTheOthers() {
        var good = SyntheticReports.report(SyntheticReports.uniqueId("batch"), "Premier du lot");
        var bad = SyntheticReports.report(SyntheticReports.uniqueId("batch"), "");
        var body = Map.of("reports", List.of(good, bad, good));
        String key = "lot-" + UUID.randomUUID();

        var response = api().postRawAsPartner(PARTNER_KEY, "/api/v1/reports/batch", "application/json",
                JSON.writeValueAsBytes(body), "Idempotency-Key", key);

        assertThat(response.status()).isEqualTo(200);
        var results = response.body().get("results");
        assertThat(results.get(0).get("outcome").asString()).isEqualTo("ACCEPTED");
        assertThat(results.get(1).get("outcome").asString()).isEqualTo("INVALID");
        assertThat(results.get(1).get("errors").get(0).get("field").asString()).isEqualTo("reports[1].text");
        assertThat(results.get(2).get("outcome").asString()).isEqualTo("DUPLICATE");
        assertThat(results.get(2).get("id").asString()).isEqualTo(results.get(0).get("id").asString());

        long written = intakeRecords();
        var replay = api().postRawAsPartner(PARTNER_KEY, "/api/v1/reports/batch", "application/json",
                JSON.writeValueAsBytes(body), "Idempotency-Key", key);
        assertThat(replay.status()).isEqualTo(200);
        assertThat(replay.body()).isEqualTo(response.body());
        assertThat(intakeRecords()).isEqualTo(written);

        var otherBody = Map.of("reports", List.of(good));
        var misuse = api().postRawAsPartner(PARTNER_KEY, "/api/v1/reports/batch", "application/json",
                JSON.writeValueAsBytes(otherBody), "Idempotency-Key", key);
        assertThat(misuse.status()).isEqualTo(422);
    }

    @Test
    void partnersSeeTheirOwnReportsOnly() {
        String otherKey = newPartner(null);
        String externalId = SyntheticReports.uniqueId("mine");
        var accepted = api().postAsPartner(PARTNER_KEY, "/api/v1/reports", SyntheticReports.report(externalId, "Annonce à moi"));
        String id = accepted.body().get("id").asString();

        var mine = api().getAsPartner(PARTNER_KEY, "/api/v1/reports?externalId=" + externalId);
        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.body().get("id").asString()).isEqualTo(id);
        assertThat(mine.body().get("status").asString()).isEqualTo("RECEIVED");
        assertThat(fieldNames(mine.body())).containsExactlyInAnyOrder("id", "externalId", "status", "version", "updatedAt", "outcome",
                "sharedNotes");

        assertThat(api().getAsPartner(otherKey, "/api/v1/reports/" + id + "/status").status()).isEqualTo(404);
        assertThat(api().getAsPartner(otherKey, "/api/v1/reports?externalId=" + externalId).status()).isEqualTo(404);

        // The same external id from another partner is another report.
        var theirs = api().postAsPartner(otherKey, "/api/v1/reports", SyntheticReports.report(externalId, "Annonce à eux"));
        assertThat(theirs.body().get("id").asString()).isNotEqualTo(id);
        assertThat(theirs.body().get("outcome").asString()).isEqualTo("ACCEPTED");
    }

    @Test
    void aPartnerOverItsBudgetIsToldWhenToComeBack() {
        String key = newPartner(3);
        for (int i = 0; i < 3; i++) {
            assertThat(api().getAsPartner(key, "/api/v1/reports?externalId=none").status()).isEqualTo(404);
        }
        var refused = api().getAsPartner(key, "/api/v1/reports?externalId=none");
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(Long.parseLong(refused.headers().get("retry-after").getFirst())).isBetween(1L, 60L);
    }

    /**
     * The budget is taken in batches (bucket4j's batching optimisation), whose first version failed
     * the first concurrent calls of a fresh bucket with a 500: a new partner's burst must get exactly
     * its budget in answers and 429s for the rest, nothing else.
     */
    @Test
    void aNewPartnersConcurrentCallsGetItsBudgetAndThenAreToldToComeBack() throws Exception {
        String key = newPartner(40);
        var first = burst(key, 20);
        assertThat(first).as("a fresh bucket's first concurrent takes").hasSize(20).containsOnly(404);
        var second = burst(key, 40);
        assertThat(second).as("concurrent takes in batches").hasSize(40).containsOnly(404, 429);
        // 20 tokens left, and the bucket refills 40 a minute while the burst runs
        assertThat(second.stream().filter(status -> status == 404).count()).as("answered within the budget").isBetween(20L, 22L);
    }

    private List<Integer> burst(String key, int calls) throws Exception {
        var statuses = new java.util.concurrent.ConcurrentLinkedQueue<Integer>();
        var start = new java.util.concurrent.CountDownLatch(1);
        try (var callers = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < calls; i++) {
                callers.submit(() -> {
                    start.await();
                    statuses.add(api().getAsPartner(key, "/api/v1/reports?externalId=none").status());
                    return null;
                });
            }
            start.countDown();
        }
        return List.copyOf(statuses);
    }

    @Test
    void theReportedUrlIsNeverFetched() throws Exception {
        try (var site = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            site.setSoTimeout(200);
            var report = SyntheticReports.report(SyntheticReports.uniqueId("nofetch"), "Annonce avec lien");
            report.put("url", "http://127.0.0.1:" + site.getLocalPort() + "/annonce/123?utm_source=x");
            var accepted = api().postAsPartner(PARTNER_KEY, "/api/v1/reports", report);
            UUID id = UUID.fromString(accepted.body().get("id").asString());
            await().atMost(Duration.ofSeconds(30)).until(() -> reports.deliveries(id) == 1);
            // Give any asynchronous fetcher a moment more, then check nobody knocked.
            Thread.sleep(1_000);
            assertThat(connectionAttempted(site)).isFalse();
            assertThat(jdbc.sql("select canonical_url from report where id = :id").param("id", id).query(String.class).single())
                    .isEqualTo("http://127.0.0.1:" + site.getLocalPort() + "/annonce/123");
        }
    }

    private static boolean connectionAttempted(ServerSocket site) throws IOException {
        try (var ignored = site.accept()) {
            return true;
        } catch (SocketTimeoutException none) {
            return false;
        }
    }

    private String newPartner(Integer requestsPerMinute) {
        var partner = partners.create("partenaire-" + UUID.randomUUID());
        String key = "key-" + UUID.randomUUID();
        partners.addKey(partner.id(), key);
        if (requestsPerMinute != null) {
            rateLimits.setRequestsPerMinute(partner.id(), requestsPerMinute);
        }
        return key;
    }

    private long intakeRecords() {
        return IntakeTopic.recordsWritten(String.join(",", kafka.getBootstrapServers()));
    }

    private static List<String> fieldNames(JsonNode node) {
        return StreamSupport.stream(node.propertyNames().spliterator(), false).toList();
    }
}
