package fr.vigie.processing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import fr.vigie.VigieApplication;
import fr.vigie.support.BrowserScript;
import fr.vigie.support.SyntheticReports;
import fr.vigie.support.VigieApi;
import fr.vigie.triage.ReportRegistry;

/**
 * A coordinator in a real browser edits a rule's weight on « Règles », previews, publishes with a
 * comment, follows the rescoring to its end and finds the new version at the top of the history.
 * Runs {@code frontend/e2e/rules.e2e.mjs} against an application of its own: publishing rules
 * changes how every later report is ranked, so the shared test context must not see it.
 */
class RulesBrowserIT {

    private static final String KEY = "rules-browser-partner-key-0123456789";
    private static final String ADMIN = "rules-browser-admin-password-01";

    private static ConfigurableApplicationContext app;
    private static int port;

    @BeforeAll
    static void start() throws Exception {
        BrowserScript.assumeBrowser();
        Path dataDir = Files.createTempDirectory(Files.createDirectories(Path.of("target", "it-data")), "rules-browser-");
        app = new SpringApplicationBuilder(VigieApplication.class).run("--vigie.data-dir=" + dataDir, "--server.port=0",
                "--vigie.bootstrap.partner-key=" + KEY, "--vigie.bootstrap.admin-password=" + ADMIN);
        port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void aCoordinatorPreviewsAndPublishesRulesThenFollowsTheRescoring() throws Exception {
        // A few open reports, so that the preview and the rescoring have something to count.
        var registry = app.getBean(ReportRegistry.class);
        for (String text : List.of("Jeune fille 16 ans disponible", "Dispo maintenant, de passage à l'hôtel",
                "Vends vélo enfant 12 ans")) {
            var accepted = VigieApi.at(port).postAsPartner(KEY, "/api/v1/reports",
                    SyntheticReports.report(SyntheticReports.uniqueId("rules-browser"), text));
            assertThat(accepted.status()).isEqualTo(202);
            var id = java.util.UUID.fromString(accepted.body().get("id").asString());
            await().atMost(Duration.ofSeconds(30)).until(() -> registry.deliveries(id) == 1);
        }

        String log = BrowserScript.of("rules.e2e.mjs")
                .against(port)
                .with("VIGIE_PASSWORD", ADMIN)
                .runsSuccessfully();

        assertThat(log).contains("OK: URGENCY weight").contains("OK: preview").contains("OK: rescoring done")
                .contains("OK: history starts with");
        var coordinator = VigieApi.at(port);
        coordinator.login("admin", ADMIN);
        var rules = coordinator.get("/api/v1/rules").body();
        String published = rules.get("history").get(0).get("version").asString();
        assertThat(published).startsWith("e2e-");
        assertThat(rules.get("definition").get("version").asString()).isEqualTo(published);
        assertThat(rules.get("rescoring").get("state").asString()).isEqualTo("DONE");
        assertThat(rules.get("rescoring").get("total").asInt()).isEqualTo(3);
    }
}
