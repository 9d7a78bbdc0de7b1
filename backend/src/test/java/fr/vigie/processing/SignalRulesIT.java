package fr.vigie.processing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import fr.vigie.VigieApplication;
import fr.vigie.support.SyntheticReports;
import fr.vigie.support.VigieApi;
import fr.vigie.triage.ReportRegistry;

/**
 * A coordinator edits the rules: previews the effect on the open queue, publishes a new version,
 * and sees the open reports rescored. Runs on an application of its own: publishing rules changes
 * how every later report is ranked.
 */
class SignalRulesIT {

    private static final String KEY = "rules-partner-key-0123456789";
    private static final String ADMIN = "rules-admin-password-01";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static ConfigurableApplicationContext app;
    private static int port;

    @BeforeAll
    static void start() throws Exception {
        Path dataDir = Files.createTempDirectory(Files.createDirectories(Path.of("target", "it-data")), "rules-");
        app = new SpringApplicationBuilder(VigieApplication.class).run("--vigie.data-dir=" + dataDir, "--server.port=0",
                "--vigie.bootstrap.partner-key=" + KEY, "--vigie.bootstrap.admin-password=" + ADMIN);
        port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void previewThenPublishRescoresTheOpenReports() {
        var accepted = VigieApi.at(port).postAsPartner(KEY, "/api/v1/reports",
                SyntheticReports.report(SyntheticReports.uniqueId("rules"), "Jeune fille 16 ans disponible"));
        UUID id = UUID.fromString(accepted.body().get("id").asString());
        var registry = app.getBean(ReportRegistry.class);
        await().atMost(Duration.ofSeconds(30)).until(() -> registry.deliveries(id) == 1);

        var coordinator = VigieApi.at(port);
        coordinator.login("admin", ADMIN);
        var current = coordinator.get("/api/v1/rules").body();
        var definition = (ObjectNode) current.get("definition");
        assertThat(definition.get("version").asString()).isNotBlank();
        assertThat(coordinator.get("/api/v1/reports/" + id).body().get("priority").asString()).isEqualTo("P1");

        // A deliberately drastic candidate: every report is P4.
        var candidate = definition.deepCopy();
        candidate.put("version", "essai-" + UUID.randomUUID().toString().substring(0, 8));
        candidate.set("bands", JSON.readTree("[{\"band\": \"P4\"}]"));

        var preview = coordinator.post("/api/v1/rules/preview", Map.of("definition", candidate));
        assertThat(preview.status()).isEqualTo(200);
        assertThat(preview.body().get("changedBand").asInt()).isPositive();
        assertThat(preview.body().get("examples").valueStream().map(e -> e.get("id").asString())).contains(id.toString());
        assertThat(coordinator.get("/api/v1/reports/" + id).body().get("priority").asString())
                .as("a preview changes nothing").isEqualTo("P1");

        var broken = candidate.deepCopy();
        broken.remove("version");
        assertThat(coordinator.post("/api/v1/rules/preview", Map.of("definition", broken)).status()).isEqualTo(422);

        var published = coordinator.post("/api/v1/rules", Map.of("definition", candidate, "comment", "test"));
        assertThat(published.status()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(30)).until(() ->
                coordinator.get("/api/v1/rules/rescoring").body().get("state").asString().equals("DONE"));
        assertThat(coordinator.get("/api/v1/reports/" + id).body().get("priority").asString()).isEqualTo("P4");
        assertThat(coordinator.get("/api/v1/rules").body().get("history").get(0).get("version").asString())
                .isEqualTo(candidate.get("version").asString());
        assertThat(coordinator.post("/api/v1/rules", Map.of("definition", candidate)).status())
                .as("a version is published once").isEqualTo(409);
    }

    @Test
    void workersCannotEditRules() {
        assertThat(VigieApi.at(port).get("/api/v1/rules").status()).isEqualTo(401);
        assertThat(VigieApi.at(port).getAsPartner(KEY, "/api/v1/rules").status()).as("not part of the partner API").isEqualTo(404);
    }
}
