package fr.vigie.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.vigie.identity.Role;
import fr.vigie.support.EmbeddedServersTest;
import fr.vigie.support.SyntheticReports;
import fr.vigie.support.VigieApi;
import fr.vigie.triage.ReportRetention;
import fr.vigie.triage.ReportSnapshots;

/** The index follows PostgreSQL: every change within seconds, never an older one over a newer, rebuilt with no downtime. */
class IndexLifecycleIT extends EmbeddedServersTest {

    @Autowired
    ReportIndex index;

    @Autowired
    ReportIndexFeed feed;

    @Autowired
    ReportSnapshots snapshots;

    @Autowired
    ReportRetention retention;

    @Test
    void aDecisionIsReflectedInTheIndexWithinSeconds() {
        UUID id = processed(SyntheticReports.report(SyntheticReports.uniqueId("idx"), "Annonce à décider, dispo ce soir"));
        await().atMost(Duration.ofSeconds(10)).until(() -> index.storedStatus(id).orElse("").equals("NEW")
                && index.storedRevision(id).orElse(0L) > ReportIndex.UNKNOWN_REVISION);
        var w = worker();
        assertThat(w.post("/api/v1/reports/" + id + "/claim", Map.of()).status()).isEqualTo(200);
        var decided = w.post("/api/v1/reports/" + id + "/decisions", Map.of("type", "NO_ACTION", "reason", "ADULT_NO_RISK", "comment", "Adulte, aucun risque"));
        assertThat(decided.status()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(index.storedStatus(id)).contains(snapshots.current(id).orElseThrow().status());
            assertThat(index.storedStatus(id)).isNotEqualTo(java.util.Optional.of("NEW"));
        });
    }

    @Test
    void aReplayedOlderEventNeverOverwritesANewerDocument() {
        UUID id = processed(SyntheticReports.report(SyntheticReports.uniqueId("idx"), "Annonce rejouée"));
        var older = snapshots.current(id).orElseThrow();
        var w = worker();
        assertThat(w.post("/api/v1/reports/" + id + "/claim", Map.of()).status()).isEqualTo(200);
        long newer = snapshots.current(id).orElseThrow().revision();
        assertThat(newer).isGreaterThan(older.revision());
        await().atMost(Duration.ofSeconds(10)).until(() -> index.storedRevision(id).orElse(0L) == newer);

        // the older state written again, as a replay of its event would: refused by its version
        index.index(IndexedReport.of(id).revision(older.revision()).text("texte périmé").platform(older.platform())
                .priority(older.priority()).score(older.score()).status("STALE").observedAt(older.observedAt())
                .receivedAt(older.receivedAt()).build());
        assertThat(index.storedRevision(id)).contains(newer);
        assertThat(index.storedStatus(id)).isNotEqualTo(java.util.Optional.of("STALE"));
        // and a replay of the whole topic only writes what PostgreSQL holds now
        feed.follow(List.of(id));
        assertThat(index.storedRevision(id)).contains(newer);
    }

    @Test
    void aPurgeRemovesTheDocumentForGood() {
        UUID id = processed(SyntheticReports.report(SyntheticReports.uniqueId("idx"), "Annonce à purger"));
        await().atMost(Duration.ofSeconds(10)).until(() -> index.contains(id));
        var before = snapshots.current(id).orElseThrow();
        index.deleteAll(List.of(id));
        retention.delete(List.of(id));
        feed.follow(List.of(id)); // a late event of the purged report
        index.index(ReportIndexFeed.document(before)); // a late write of its last revision
        assertThat(index.contains(id)).isFalse();
    }

    @Test
    void aReindexSwapsTheIndexWithNoFailedSearch() throws Exception {
        String marker = "reindexmarq" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9]", "q");
        UUID id = processed(SyntheticReports.report(SyntheticReports.uniqueId("idx"), "Annonce " + marker + " à retrouver"));
        await().atMost(Duration.ofSeconds(10)).until(() -> index.searchText(marker).contains(id));

        var stop = new AtomicBoolean();
        var searches = new AtomicInteger();
        var failures = new ArrayList<String>();
        try (var pool = Executors.newSingleThreadExecutor()) {
            var searching = pool.submit(() -> {
                while (!stop.get()) {
                    try {
                        if (!index.searchText(marker).contains(id)) {
                            synchronized (failures) {
                                failures.add("not found");
                            }
                        }
                    } catch (RuntimeException e) {
                        synchronized (failures) {
                            failures.add(e.getClass().getSimpleName());
                        }
                    }
                    searches.incrementAndGet();
                }
            });
            var admin = api();
            assertThat(admin.login("admin", ADMIN_PASSWORD).status()).isEqualTo(200);
            var first = admin.post("/api/v1/admin/search/reindex", Map.of());
            assertThat(first.status()).isEqualTo(200);
            assertThat(first.body().get("documents").asLong()).isPositive();
            var second = admin.post("/api/v1/admin/search/reindex", Map.of());
            assertThat(second.status()).isEqualTo(200);
            assertThat(second.body().get("previous").asString()).isEqualTo(first.body().get("index").asString());
            stop.set(true);
            searching.get();
        }
        assertThat(searches.get()).isGreaterThan(5);
        assertThat(failures).isEmpty();
        var aliases = index.client().indices().getAlias(g -> g.name(ReportIndex.NAME)).aliases().keySet();
        assertThat(aliases).hasSize(1);
        assertThat(index.client().indices().existsAlias(e -> e.name(ReportIndex.NEXT)).value()).isFalse();
    }

    private UUID processed(Map<String, Object> report) {
        var accepted = api().postAsPartner(PARTNER_KEY, "/api/v1/reports", report);
        assertThat(accepted.status()).isEqualTo(202);
        UUID id = UUID.fromString(accepted.body().get("id").asString());
        await().atMost(Duration.ofSeconds(30)).until(() -> reports.deliveries(id) == 1);
        return id;
    }

    private VigieApi worker() {
        return bench().person("index", Role.WORKER);
    }
}
