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
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
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
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
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

    /**
     * The preview is what publication then does, report by report: band, score and rank of every
     * open report — with a shared contact between a P1 and a P3, whose network raise the preview
     * used to leave out. Runs first, under the default rules.
     */
    @Test
    @Order(1)
    void thePreviewIsExactlyWhatTheRescoringThenDoes() throws Exception {
        String shared = "@reseau_" + UUID.randomUUID().toString().substring(0, 8);
        var registry = app.getBean(ReportRegistry.class);
        var ids = new java.util.ArrayList<UUID>();
        for (var text : java.util.List.of("Jeune fille 16 ans disponible", "Massage relaxant à domicile",
                "Dispo maintenant, de passage à l'hôtel", "Vends vélo enfant 12 ans", "Nouvelle en ville, escort dispo 24h/24")) {
            var report = SyntheticReports.report(SyntheticReports.uniqueId("rules-exact"), text);
            if (ids.size() < 2) {
                report.put("contacts", java.util.List.of(shared)); // the P1 and the massage share a contact
            }
            var accepted = VigieApi.at(port).postAsPartner(KEY, "/api/v1/reports", report);
            assertThat(accepted.status()).isEqualTo(202);
            ids.add(UUID.fromString(accepted.body().get("id").asString()));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> ids.stream().allMatch(id -> registry.deliveries(id) == 1));
        var coordinator = VigieApi.at(port);
        coordinator.login("admin", ADMIN);
        assertThat(coordinator.get("/api/v1/reports/" + ids.get(0)).body().get("priority").asString()).isEqualTo("P1");
        assertThat(coordinator.get("/api/v1/reports/" + ids.get(1)).body().get("priority").asString())
                .as("raised by the contact it shares with a P1").isEqualTo("P2");

        // the default rules, with the stated age no longer a P1 on its own, and urgency weighing more
        ObjectNode candidate;
        try (var in = getClass().getResourceAsStream("/analysis/default-rules.json")) {
            candidate = (ObjectNode) JSON.readTree(in);
        }
        candidate.put("version", "exact-" + UUID.randomUUID().toString().substring(0, 8));
        var firstBand = (tools.jackson.databind.node.ArrayNode) candidate.get("bands").get(0).get("any");
        for (int i = firstBand.size() - 1; i >= 0; i--) {
            if (firstBand.get(i).asString().equals("STATED_MINOR_AGE")) {
                firstBand.remove(i);
            }
        }
        candidate.get("rules").forEach(rule -> {
            if (rule.get("code").asString().equals("URGENCY")) {
                ((ObjectNode) rule).put("weight", 95);
            }
        });

        var before = new java.util.HashMap<UUID, String>();
        registry.openStandings().forEach(s -> before.put(s.id(), s.priority() + " " + s.score() + " #" + s.rank()));
        var preview = coordinator.post("/api/v1/rules/preview", Map.of("definition", candidate));
        assertThat(preview.status()).isEqualTo(200);
        var p = preview.body();
        assertThat(p.get("openReports").asInt()).isEqualTo(before.size());
        assertThat(p.get("changes").size()).as("every change listed").isLessThan(100);
        var predicted = new java.util.HashMap<UUID, String>(before);
        p.get("changes").forEach(c -> predicted.put(UUID.fromString(c.get("id").asString()),
                c.get("to").asString() + " " + c.get("scoreAfter").asInt() + " #" + c.get("rankAfter").asInt()));
        var first = p.get("changes").valueStream().filter(c -> c.get("id").asString().equals(ids.get(0).toString())).findFirst();
        assertThat(first).as("the stated age no longer makes a P1").isPresent();
        assertThat(first.get().get("from").asString()).isEqualTo("P1");
        assertThat(p.get("changedBand").asInt()).isPositive();
        assertThat(p.get("changedScore").asInt()).isPositive();
        var after = new java.util.HashMap<UUID, String>();
        registry.openStandings().forEach(s -> after.put(s.id(), s.priority() + " " + s.score() + " #" + s.rank()));
        assertThat(after).as("a preview changes nothing").isEqualTo(before);

        var published = coordinator.post("/api/v1/rules", Map.of("definition", candidate, "comment", "exactitude"));
        assertThat(published.status()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(30)).until(() ->
                coordinator.get("/api/v1/rules/rescoring").body().get("state").asString().equals("DONE"));
        var rescored = new java.util.HashMap<UUID, String>();
        registry.openStandings().forEach(s -> rescored.put(s.id(), s.priority() + " " + s.score() + " #" + s.rank()));
        assertThat(rescored).as("what the preview said, report by report").isEqualTo(predicted);
        long bandChanges = before.keySet().stream()
                .filter(id -> !before.get(id).split(" ")[0].equals(rescored.get(id).split(" ")[0])).count();
        assertThat(p.get("changedBand").asInt()).isEqualTo((int) bandChanges);
        var bandsAfter = new java.util.HashMap<String, Integer>();
        p.get("bandsAfter").properties().forEach(e -> bandsAfter.put(e.getKey(), e.getValue().asInt()));
        for (var band : java.util.List.of("P1", "P2", "P3", "P4")) {
            assertThat(bandsAfter.get(band)).as(band)
                    .isEqualTo((int) rescored.values().stream().filter(v -> v.startsWith(band + " ")).count());
        }

        // the default rules back, for the next test
        ObjectNode defaults;
        try (var in = getClass().getResourceAsStream("/analysis/default-rules.json")) {
            defaults = (ObjectNode) JSON.readTree(in);
        }
        defaults.put("version", "retour-" + UUID.randomUUID().toString().substring(0, 8));
        assertThat(coordinator.post("/api/v1/rules", Map.of("definition", defaults, "comment", "retour")).status()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(30)).until(() ->
                coordinator.get("/api/v1/rules/rescoring").body().get("state").asString().equals("DONE"));
    }

    @Test
    @Order(2)
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
        assertThat(preview.body().get("changes").valueStream().map(e -> e.get("id").asString())).contains(id.toString());
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
