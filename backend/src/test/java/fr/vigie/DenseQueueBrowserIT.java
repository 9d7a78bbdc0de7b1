package fr.vigie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.vigie.identity.Role;
import fr.vigie.identity.UserAccounts;
import fr.vigie.support.BrowserScript;
import fr.vigie.support.EmbeddedServersTest;
import fr.vigie.support.SyntheticReports;

/**
 * The worker's queue at night, in a real browser, on more than 50 open reports: dense rows,
 * « Afficher plus » through all of them with counts that match, a live P1 that moves nothing until
 * « 1 nouveau » (and counts in the tab title), filters kept on reload, the decision panel beside
 * the text with its key, compact rows at 390 px. Runs {@code frontend/e2e/dense-queue.e2e.mjs}.
 */
class DenseQueueBrowserIT extends EmbeddedServersTest {

    /** Synthetic texts of several bands: no real ad, number or handle. */
    private static final List<String> TEXTS = List.of(
            "Offre ordinaire numéro %s, rien de plus",
            "Jeune fille 15 ans dispo ce soir, offre %s",
            "Massage relaxant, offre %s",
            "Elle a 16 ans, nouvelle en ville, rencontre %s");

    @Autowired
    UserAccounts accounts;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Autowired
    fr.vigie.triage.ReportRetention retention;

    private final java.time.Instant started = java.time.Instant.now();

    /**
     * Its 60 reports and the live one would stay open in the queue the other tests of this JVM
     * share, and push theirs off the first page: they go once the story is told.
     */
    @org.junit.jupiter.api.AfterEach
    void removeItsReports() {
        var ids = jdbc.sql("select id from report where received_at >= :started")
                .param("started", java.sql.Timestamp.from(started.minusSeconds(1))).query(UUID.class).list();
        retention.delete(ids);
    }

    @Test
    void aWorkerTriagesSixtyReportsWithoutLosingHerPlace() throws Exception {
        BrowserScript.assumeBrowser();
        var sent = new ArrayList<Map<String, Object>>();
        for (int i = 0; i < 60; i++) {
            var report = SyntheticReports.report(SyntheticReports.uniqueId("dense"),
                    TEXTS.get(i % TEXTS.size()).formatted(UUID.randomUUID().toString().substring(0, 8)));
            report.put("url", null);
            sent.add(report);
        }
        var ids = new ArrayList<UUID>();
        for (int from = 0; from < sent.size(); from += 30) {
            var answer = api().postAsPartner(PARTNER_KEY, "/api/v1/reports/batch", Map.of("reports", sent.subList(from, from + 30)));
            assertThat(answer.status()).isEqualTo(200);
            answer.body().get("results").valueStream().forEach(r -> ids.add(UUID.fromString(r.get("id").asString())));
        }
        await().atMost(Duration.ofSeconds(90)).until(() -> ids.stream().allMatch(id -> reports.deliveries(id) == 1));

        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String worker = "nuit-" + suffix;
        String password = "mot-de-passe-nuit-" + suffix;
        accounts.create(worker, password, EnumSet.of(Role.WORKER));

        String log = BrowserScript.of("dense-queue.e2e.mjs")
                .with("BASE_URL", "http://127.0.0.1:" + port)
                .with("VIGIE_USERNAME", worker)
                .with("VIGIE_PASSWORD", password)
                .with("PARTNER_KEY", PARTNER_KEY)
                .with("REPORT_ID", ids.get(1).toString())
                .runsSuccessfully();

        assertThat(log)
                .contains("rows on the first 1366×768 screen")
                .contains("OK: paged through all")
                .contains("OK: a live P1 waits behind « 1 nouveau (dont 1 P1) », title « (1) Vigie »")
                .contains("OK: « 1 nouveau » inserted the P1 highlighted, her row did not move")
                .contains("OK: the band filter is in the address and survives a reload")
                .contains("OK: the decision panel is beside the text at 1366 px; key 2 chose a referral, typing did not")
                .contains("OK: at 390 px rows at most");
    }
}
