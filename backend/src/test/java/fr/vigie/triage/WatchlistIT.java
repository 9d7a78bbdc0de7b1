package fr.vigie.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fr.vigie.identity.Role;
import fr.vigie.support.EmbeddedServersTest;
import fr.vigie.support.ProblemAssertions;
import fr.vigie.support.SyntheticReports;
import fr.vigie.support.VigieApi;

/** A watched contact in a new report alerts its watcher, and only her. */
class WatchlistIT extends EmbeddedServersTest {

    @Test
    void aNewReportWithAWatchedContactAlertsTheWatcher() {
        String handle = "veille_" + UUID.randomUUID().toString().substring(0, 8);
        var watcher = worker();
        var other = worker();
        var watched = watcher.post("/api/v1/watchlist", Map.of("contact", "@" + handle.toUpperCase(), "note", "Vu sur trois sites"));
        assertThat(watched.status()).isEqualTo(201);
        assertThat(watched.body().get("contact").asString()).isEqualTo(handle);

        var report = SyntheticReports.report(SyntheticReports.uniqueId("watch"), "Nouvelle annonce");
        report.put("contacts", List.of("@" + handle));
        UUID id = processed(report);

        var list = watcher.get("/api/v1/watchlist").body();
        assertThat(list.get("watches").valueStream().map(w -> w.get("note").asString())).containsExactly("Vu sur trois sites");
        assertThat(list.get("alerts").valueStream().map(a -> a.get("reportId").asString())).containsExactly(id.toString());
        assertThat(list.get("unseen").asLong()).isEqualTo(1);
        assertThat(other.get("/api/v1/watchlist").body().get("alerts").size()).isZero();

        String alert = list.get("alerts").get(0).get("id").asString();
        assertThat(other.post("/api/v1/watchlist/alerts/" + alert + "/seen", Map.of()).status()).isEqualTo(404);
        assertThat(watcher.post("/api/v1/watchlist/alerts/" + alert + "/seen", Map.of()).status()).isEqualTo(204);
        assertThat(watcher.get("/api/v1/watchlist").body().get("unseen").asLong()).isZero();

        String watch = watched.body().get("id").asString();
        assertThat(other.delete("/api/v1/watchlist/" + watch).status()).isEqualTo(404);
        assertThat(watcher.delete("/api/v1/watchlist/" + watch).status()).isEqualTo(204);
        assertThat(watcher.get("/api/v1/watchlist").body().get("watches").size()).isZero();
    }

    @Test
    void aContactThatIsNoneIsRefusedNamingTheField() {
        var w = worker();
        ProblemAssertions.assertProblem(w.post("/api/v1/watchlist", Map.of("contact", "<script>", "note", "")), 422, "contact");
        ProblemAssertions.assertProblem(w.post("/api/v1/watchlist", Map.of("contact", "06 39 98 00 01", "note", "x".repeat(1001))), 422,
                "note");
    }

    private UUID processed(Map<String, Object> report) {
        var accepted = api().postAsPartner(PARTNER_KEY, "/api/v1/reports", report);
        assertThat(accepted.status()).isEqualTo(202);
        UUID id = UUID.fromString(accepted.body().get("id").asString());
        await().atMost(Duration.ofSeconds(30)).until(() -> reports.deliveries(id) == 1);
        return id;
    }

    private VigieApi worker() {
        return bench().person("watch", Role.WORKER);
    }
}
