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
 * A coordinator in a real browser edits a rule's weight on « Règles », adds a word to it in the
 * form, previews (the bike ad the word catches is listed with its new score), publishes with a
 * comment and finds the confirmation focused on screen, follows the rescoring to its end — the ad
 * then has the score the preview showed — and finds the new version at the top of the history.
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
        java.util.UUID bike = null;
        for (String text : List.of("Jeune fille 16 ans disponible", "Dispo maintenant, de passage à l'hôtel",
                "Vends vélo enfant 12 ans")) {
            var accepted = VigieApi.at(port).postAsPartner(KEY, "/api/v1/reports",
                    SyntheticReports.report(SyntheticReports.uniqueId("rules-browser"), text));
            assertThat(accepted.status()).isEqualTo(202);
            var id = java.util.UUID.fromString(accepted.body().get("id").asString());
            await().atMost(Duration.ofSeconds(30)).until(() -> registry.deliveries(id) == 1);
            if (text.contains("vélo")) {
                bike = id;
            }
        }

        String log = BrowserScript.of("rules.e2e.mjs")
                .against(port)
                .with("VIGIE_PASSWORD", ADMIN)
                .with("CHANGED_ID", bike.toString())
                .runsSuccessfully();

        assertThat(log).contains("OK: URGENCY weight").contains("OK: word « vélo » added").contains("OK: preview")
                .contains("OK: confirmation focused and on screen").contains("OK: rescoring done")
                .contains("OK: history starts with");
        // the score the preview showed for the bike ad (« a → b ») is the one the rescoring gave it
        var previewed = java.util.regex.Pattern.compile("OK: preview score (\\d+) → (\\d+)").matcher(log);
        assertThat(previewed.find()).as("the preview lists the bike ad with a new score").isTrue();
        var coordinator = VigieApi.at(port);
        coordinator.login("admin", ADMIN);
        var rules = coordinator.get("/api/v1/rules").body();
        String published = rules.get("history").get(0).get("version").asString();
        assertThat(published).startsWith("e2e-");
        assertThat(rules.get("definition").get("version").asString()).isEqualTo(published);
        assertThat(rules.get("rescoring").get("state").asString()).isEqualTo("DONE");
        assertThat(rules.get("rescoring").get("total").asInt()).isEqualTo(3);
        assertThat(coordinator.get("/api/v1/reports/" + bike).body().get("score").asInt())
                .isEqualTo(Integer.parseInt(previewed.group(2)));
    }
}
