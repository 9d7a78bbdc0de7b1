package fr.vigie.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import tools.jackson.databind.json.JsonMapper;

import fr.vigie.identity.Role;
import fr.vigie.support.EmbeddedServersTest;
import fr.vigie.support.SyntheticReports;
import fr.vigie.triage.ReportSnapshots;

/**
 * Processing indexes a new report's complete document itself, and the index feed skips the
 * report's {@code RECORDED} event (ADR 0017, amended): with the feed stopped, each new report's
 * document is already the one the feed would write from PostgreSQL — revision, contacts, a raise
 * by the network rule included — and the report is found by search on each of them.
 */
class RecordedReportIndexIT extends EmbeddedServersTest {

    @Autowired
    ReportIndex index;

    @Autowired
    ReportSnapshots snapshots;

    @Autowired
    KafkaListenerEndpointRegistry listeners;

    @Autowired
    JsonMapper json;

    @Test
    void aNewReportIsIndexedCompleteByProcessingWithoutTheFeed() {
        var feed = listeners.getListenerContainer("vigie-search");
        feed.stop();
        try {
            String marker = "recmarq" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9]", "x");
            String phone = "06 39 98 %02d %02d".formatted(ThreadLocalRandom.current().nextInt(100), ThreadLocalRandom.current().nextInt(100));
            String e164 = "+336" + phone.substring(3).replace(" ", "");
            // a P1 report showing the phone makes it hot, and a report without any contact found in
            // its text; then a lower report showing the phone, raised on arrival by the network rule
            var high = SyntheticReports.report(SyntheticReports.uniqueId("rec"), "Nouvelle " + marker + ", 16 ans, dispo ce soir, appelle " + phone);
            var plain = SyntheticReports.report(SyntheticReports.uniqueId("rec"), "Annonce " + marker + " vends vélo");
            plain.put("contacts", List.of());
            var low = SyntheticReports.report(SyntheticReports.uniqueId("rec"), "Vends canapé " + marker + ", appeler le " + phone);
            low.put("reporterConcern", "LOW");
            var ids = new ArrayList<UUID>(processed(List.of(high, plain)));
            ids.addAll(processed(List.of(low)));

            for (UUID id : ids) {
                var current = snapshots.current(id).orElseThrow();
                var expected = index.document(ReportIndexFeed.document(current));
                assertThat(jsonOf(index.stored(id).orElseThrow())).as("document of %s as the feed would write it", id)
                        .isEqualTo(jsonOf(expected));
            }
            var lowNow = snapshots.current(ids.get(2)).orElseThrow();
            assertThat(lowNow.priority()).as("raised by the network rule").isEqualTo("P2");
            assertThat(lowNow.signalCodes()).contains("SHARED_CONTACT");
            assertThat(lowNow.phones()).containsExactly(e164);
            assertThat(snapshots.current(ids.get(0)).orElseThrow().handles()).isNotEmpty();

            var w = bench().person("recherche", Role.WORKER);
            String handle = snapshots.current(ids.get(0)).orElseThrow().handles().getFirst();
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                assertThat(foundIds(w.get("/api/v1/search?q=" + marker).body())).containsExactlyInAnyOrderElementsOf(ids);
                assertThat(foundIds(w.get("/api/v1/search?q=" + marker + "&priority=P2").body())).containsExactly(ids.get(2));
                assertThat(foundIds(w.get("/api/v1/search?phone=" + phone.replace(" ", "")).body()))
                        .containsExactlyInAnyOrder(ids.get(0), ids.get(2));
                assertThat(foundIds(w.get("/api/v1/search?handle=" + handle).body())).containsExactly(ids.get(0));
            });
        } finally {
            feed.start();
        }
    }

    @Test
    void theFeedSkipsOnlyTheEventOfARecording() {
        String id = UUID.randomUUID().toString();
        assertThat(snapshots.announcesNewReport("{\"reportId\":\"" + id + "\",\"event\":\"RECORDED\",\"status\":\"NEW\"}")).isTrue();
        assertThat(snapshots.announcesNewReport("{\"reportId\":\"" + id + "\",\"event\":\"DECIDED\",\"decisionType\":\"RECORDED\"}"))
                .isFalse();
        // as the outbox relay publishes them: PostgreSQL's text of the jsonb payload
        assertThat(snapshots.announcesNewReport("{\"at\": \"2026-12-03T06:00:00Z\", \"event\": \"RECORDED\", \"reportId\": \""
                + id + "\"}")).isTrue();
        assertThat(snapshots.announcesNewReport("{\"event\": \"DECIDED\", \"reportId\": \"" + id
                + "\", \"decisionType\": \"RECORDED\"}")).isFalse();
        assertThat(snapshots.announcesNewReport("{ pas un événement \"RECORDED\"")).isFalse();
        assertThat(snapshots.announcesNewReport(null)).isFalse();
    }

    /** Sends these reports in one batch call and waits until processing has recorded them. */
    private List<UUID> processed(List<Map<String, Object>> batch) {
        batch.forEach(r -> r.put("url", null));
        var answer = api().postAsPartner(PARTNER_KEY, "/api/v1/reports/batch", Map.of("reports", batch));
        assertThat(answer.status()).isEqualTo(200);
        List<UUID> ids = answer.body().get("results").valueStream().map(r -> UUID.fromString(r.get("id").asString())).toList();
        await().atMost(Duration.ofSeconds(30)).until(() -> ids.stream().allMatch(id -> reports.deliveries(id) == 1));
        return ids;
    }

    private String jsonOf(Map<String, Object> document) {
        // through JSON and back, so that numbers compare by value whatever their Java type
        return json.readTree(json.writeValueAsString(document)).toString();
    }

    private static List<UUID> foundIds(tools.jackson.databind.JsonNode body) {
        return body.get("items").valueStream().map(i -> UUID.fromString(i.get("id").asString())).toList();
    }
}
