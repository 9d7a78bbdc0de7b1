package fr.vigie.shifts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import fr.vigie.identity.Role;
import fr.vigie.support.ProblemAssertions;
import fr.vigie.support.QuickAlertsApplication;
import fr.vigie.support.SyntheticReports;
import fr.vigie.triage.ReportRegistry;

/**
 * Watch alerts through the notification channel: a worker who watches a contact and gave an
 * address receives one e-mail, through a real SMTP server, when a new report shows that contact —
 * band, platform type, département and a link, never the contact, her note or the report's
 * content; a watcher without an address receives none; the address setting refuses bad input.
 */
@ExtendWith(QuickAlertsApplication.class)
class WatchAlertEmailIT {

    @Test
    void aNewReportShowingAWatchedContactIsEmailedOnceToItsWatcher(QuickAlertsApplication.Running app) throws Exception {
        String watcherName = app.person("veilleuse", Role.WORKER);
        String silentName = app.person("sans-adresse", Role.COORDINATOR);
        var watcher = app.signedIn(watcherName);
        var silent = app.signedIn(silentName);
        String address = watcherName + "@example.org";
        assertThat(watcher.put("/api/v1/queue/alerts/settings", Map.of("email", address)).status()).isEqualTo(200);
        assertThat(watcher.get("/api/v1/queue/alerts/settings").body().get("email").asString()).isEqualTo(address);

        String handle = "veille_" + UUID.randomUUID().toString().substring(0, 8);
        String note = "Vue à Lyon sur trois sites";
        assertThat(watcher.post("/api/v1/watchlist", Map.of("contact", "@" + handle, "note", note)).status()).isEqualTo(201);
        assertThat(silent.post("/api/v1/watchlist", Map.of("contact", handle, "note", "")).status()).isEqualTo(201);

        var report = SyntheticReports.report(SyntheticReports.uniqueId("surveille"), "Nouvelle annonce de Villeurbanne, contact @" + handle);
        report.put("location", Map.of("city", "Villeurbanne", "department", "69"));
        report.put("contacts", List.of("@" + handle));
        var accepted = app.api().postAsPartner(QuickAlertsApplication.PARTNER_KEY, "/api/v1/reports", report);
        UUID id = UUID.fromString(accepted.body().get("id").asString());
        var registry = app.context().getBean(ReportRegistry.class);
        await().atMost(Duration.ofSeconds(30)).until(() -> registry.deliveries(id) == 1);

        // the alert in the app: the unseen list the notifications read carries no contact
        var unseen = watcher.get("/api/v1/watchlist/alerts/unseen");
        assertThat(unseen.status()).isEqualTo(200);
        assertThat(unseen.body().valueStream().map(a -> a.get("reportId").asString())).containsExactly(id.toString());
        assertThat(unseen.body().get(0).get("department").asString()).isEqualTo("69");
        assertThat(unseen.body().toString()).doesNotContain(handle, note);

        await().atMost(Duration.ofSeconds(30)).until(() -> app.mailTo(address).size() == 1);
        var message = app.mailTo(address).getFirst();
        assertThat(message.getSubject()).contains("Contact surveillé", "69");
        String body = message.getContent().toString();
        assertThat(body).contains("https://vigie.example.org/surveillance", "Département : 69");
        assertThat(body + message.getSubject()).as("no contact, note or report content in an e-mail")
                .doesNotContain(handle, "Villeurbanne", "Nouvelle annonce", "Lyon", "trois sites", id.toString());

        // once: later sweeps (every second here) do not send it again; the watcher without address gets nothing
        Thread.sleep(2_500);
        assertThat(app.mailTo(address)).hasSize(1);
        assertThat(Arrays.stream(app.mail().getReceivedMessages()).map(QuickAlertsApplication.Running::recipient))
                .doesNotContain(silentName + "@example.org");
        assertThat(silent.get("/api/v1/watchlist/alerts/unseen").body().valueStream().map(a -> a.get("reportId").asString()))
                .as("her alert is in the app all the same").containsExactly(id.toString());
        app.signedIn("admin", QuickAlertsApplication.ADMIN_PASSWORD).post("/api/v1/reports/" + id + "/decisions",
                Map.of("type", "NO_ACTION", "justification", "fin du test"));
    }

    @Test
    void aWorkersAddressSettingRefusesBadInputNamingTheField(QuickAlertsApplication.Running app) {
        var worker = app.signedIn(app.person("adresse", Role.WORKER));
        ProblemAssertions.assertProblem(worker.put("/api/v1/queue/alerts/settings", Map.of("email", "pas@")), 422, "email");
        ProblemAssertions.assertProblem(worker.put("/api/v1/queue/alerts/settings", Map.of("email", 42)), 422, "email");
        ProblemAssertions.assertProblem(worker.put("/api/v1/queue/alerts/settings", Map.of("email", "a\u0000@b.fr")), 422, "email");
        ProblemAssertions.assertProblem(worker.put("/api/v1/queue/alerts/settings", Map.of("email", "a".repeat(250) + "@b.fr")), 422,
                "email");
        assertThat(worker.get("/api/v1/queue/alerts/settings").body().get("email").isNull()).as("nothing stored").isTrue();
    }
}
