package fr.vigie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.elasticsearch.autoconfigure.ElasticsearchConnectionDetails;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import fr.vigie.identity.Role;
import fr.vigie.identity.UserAccounts;
import fr.vigie.support.ExternalInstance;
import fr.vigie.support.SyntheticReports;
import fr.vigie.support.TestUsers;
import fr.vigie.support.VigieApi;
import fr.vigie.triage.ReportRegistry;

/**
 * Two Vigie instances on the same PostgreSQL, Kafka and Elasticsearch, as SPEC's "Running
 * several instances" has them: A in this JVM with the embedded servers, B in a JVM of its own
 * (the built jar) pointed at A's servers as external ones, so that nothing B keeps in memory can
 * be seen by A. Each has its own {@code vigie.instance-id} (hence its own Kafka transactional
 * ids); both share the processing group {@code vigie-processing}, the second-factor sealing key,
 * the sessions, the counters and the job locks.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SeveralInstancesIT {

    private static final String ADMIN_PASSWORD = "several-admin-password-1";
    private static final String PARTNER_KEY = "several-partner-key-0123456789";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** The cron both instances give the retention job in this test, and the least a run holds its lock. */
    private static final String EVERY_THREE_SECONDS = "*/3 * * * * *";

    private static final String SEALING_KEY = randomKey();
    private static ConfigurableApplicationContext a;
    private static ExternalInstance b;
    private static List<String> externalServers;
    private static Path dataDir;

    @BeforeAll
    static void startTwoInstances() throws Exception {
        dataDir = Files.createTempDirectory(Files.createDirectories(Path.of("target", "it-data")), "several-");
        a = new SpringApplicationBuilder(VigieApplication.class).run(
                "--vigie.data-dir=" + dataDir.resolve("a"),
                "--server.port=0",
                "--vigie.instance-id=a",
                "--vigie.bootstrap.admin-password=" + ADMIN_PASSWORD,
                "--vigie.bootstrap.partner-key=" + PARTNER_KEY,
                "--vigie.security.second-factor.secret-key=" + SEALING_KEY,
                // A catches up on a missed announcement quickly (tested below); B relies on announcements only
                "--vigie.rules.recheck-every=2s",
                "--vigie.rules.rescoring.lease=5s", "--vigie.rules.rescoring.resume-check=1s",
                "--vigie.rules.rescoring.max-per-second=25",
                "--vigie.retention.schedule=" + EVERY_THREE_SECONDS, "--vigie.retention.lock-at-least-for=PT2S");

        var database = a.getBean(JdbcConnectionDetails.class);
        assertThat(database.getJdbcUrl()).contains("127.0.0.1");
        assertThat(database.getPassword()).isEqualTo(Files.readString(dataDir.resolve("a").resolve("postgres.password")).strip());
        var node = a.getBean(ElasticsearchConnectionDetails.class).getNodes().getFirst();
        externalServers = List.of(
                "--spring.datasource.url=" + database.getJdbcUrl(),
                "--spring.datasource.username=" + database.getUsername(),
                "--spring.datasource.password=" + database.getPassword(),
                "--spring.kafka.bootstrap-servers=" + String.join(",", a.getBean(KafkaConnectionDetails.class).getBootstrapServers()),
                "--spring.elasticsearch.uris=" + node.protocol().name().toLowerCase() + "://" + node.hostname() + ":" + node.port());
        var arguments = new ArrayList<>(externalServers);
        arguments.addAll(List.of(
                "--vigie.data-dir=" + dataDir.resolve("b"),
                "--vigie.instance-id=b",
                "--vigie.security.second-factor.secret-key=" + SEALING_KEY,
                "--vigie.rules.recheck-every=1h",
                "--vigie.rules.rescoring.lease=5s", "--vigie.rules.rescoring.resume-check=1s",
                "--vigie.rules.rescoring.max-per-second=25",
                "--vigie.retention.schedule=" + EVERY_THREE_SECONDS, "--vigie.retention.lock-at-least-for=PT2S",
                // B is reached as if through a proxy that ends TLS
                "--server.forward-headers-strategy=native",
                "--logging.level.root=INFO"));
        b = ExternalInstance.start(dataDir.resolve("b.log"), arguments);
    }

    @AfterAll
    static void stopBoth() {
        if (b != null) {
            b.close();
        }
        if (a != null) {
            a.close();
        }
    }

    @Test
    @Order(1)
    void aSessionOpenedOnAIsValidOnBAndEndsEverywhere() {
        String worker = TestUsers.ensure(a.getBean(UserAccounts.class), "several-worker", Role.WORKER);
        var onA = VigieApi.at(portOfA());
        assertThat(onA.login(worker, TestUsers.PASSWORD).status()).isEqualTo(200);
        var onB = onA.sameBrowserAt(b.port());
        assertThat(onB.get("/api/v1/auth/me").body().get("username").asString()).isEqualTo(worker);
        assertThat(onB.get("/api/v1/queue?limit=5").status()).as("a read on B with A's session").isEqualTo(200);
        assertThat(onB.post("/api/v1/auth/logout", Map.of()).status()).as("CSRF token from A accepted by B").isEqualTo(204);
        assertThat(onA.get("/api/v1/auth/me").status()).as("signed out on B, signed out on A").isEqualTo(401);
    }

    @Test
    @Order(2)
    void theSessionCookieIsSecureWhenTheProxyInFrontSaysTheRequestCameOverTls() {
        String worker = TestUsers.ensure(a.getBean(UserAccounts.class), "several-worker", Role.WORKER);
        byte[] credentials = JSON.writeValueAsBytes(Map.of("username", worker, "password", TestUsers.PASSWORD));
        var overTls = VigieApi.at(b.port()).exchange("POST", "/api/v1/auth/login", credentials,
                "Content-Type", "application/json", "X-Forwarded-Proto", "https");
        assertThat(overTls.status()).isEqualTo(200);
        assertThat(sessionCookie(overTls)).contains("Secure").contains("HttpOnly").contains("SameSite=Strict");
        var plain = VigieApi.at(b.port()).exchange("POST", "/api/v1/auth/login", credentials, "Content-Type", "application/json");
        assertThat(sessionCookie(plain)).doesNotContain("Secure");
    }

    @Test
    @Order(3)
    void fiveWrongPasswordsSpreadOverBothInstancesLockTheAccount() {
        String name = TestUsers.ensure(a.getBean(UserAccounts.class), "several-locked", Role.WORKER);
        for (int i = 0; i < 5; i++) {
            var instance = VigieApi.at(i % 2 == 0 ? portOfA() : b.port());
            assertThat(instance.login(name, "not-the-password-" + i).status()).isEqualTo(401);
        }
        assertThat(VigieApi.at(b.port()).login(name, TestUsers.PASSWORD).status()).as("locked on B").isEqualTo(423);
        assertThat(VigieApi.at(portOfA()).login(name, TestUsers.PASSWORD).status()).as("locked on A").isEqualTo(423);
    }

    @Test
    @Order(4)
    void aPartnersRateLimitIsOneBudgetAcrossBothInstances() {
        var admin = VigieApi.at(portOfA());
        admin.login("admin", ADMIN_PASSWORD);
        var created = admin.post("/api/v1/admin/partners", Map.of("name", "Partenaire limite " + UUID.randomUUID().toString()
                .substring(0, 6), "requestsPerMinute", 4));
        assertThat(created.status()).isEqualTo(201);
        String key = created.body().get("apiKey").asString();
        String status = "/api/v1/reports/" + UUID.randomUUID() + "/status";
        for (int i = 0; i < 4; i++) {
            assertThat(VigieApi.at(i % 2 == 0 ? portOfA() : b.port()).getAsPartner(key, status).status()).isEqualTo(404);
        }
        var refusedOnB = VigieApi.at(b.port()).getAsPartner(key, status);
        assertThat(refusedOnB.status()).isEqualTo(429);
        assertThat(refusedOnB.headers()).containsKey("retry-after");
        assertThat(VigieApi.at(portOfA()).getAsPartner(key, status).status()).isEqualTo(429);
    }

    @Test
    @Order(5)
    void aRulePublishedOnAScoresReportsProcessedByBAndABrowserOnASeesThemLive() throws Exception {
        var processingOnA = a.getBean(KafkaListenerEndpointRegistry.class).getListenerContainer("vigie-processing");
        processingOnA.stop(); // B takes every partition of the intake topic: whatever is processed now, B processes
        try {
            String coordinatorName = TestUsers.ensure(a.getBean(UserAccounts.class), "several-coordinator", Role.COORDINATOR,
                    Role.WORKER);
            var coordinator = VigieApi.at(portOfA());
            coordinator.login(coordinatorName, TestUsers.PASSWORD);
            var candidate = (ObjectNode) coordinator.get("/api/v1/rules").body().get("definition").deepCopy();
            String version = "tous-p4-" + UUID.randomUUID().toString().substring(0, 6);
            candidate.put("version", version);
            candidate.set("bands", JSON.readTree("[{\"band\": \"P4\"}]"));
            assertThat(coordinator.post("/api/v1/rules", Map.of("definition", candidate, "comment", "plusieurs instances"))
                    .status()).isEqualTo(201);

            try (var live = coordinator.events("/api/v1/queue/events")) {
                live.awaitLine(line -> line.startsWith("event:ready"), Duration.ofSeconds(10));
                UUID id = submit(portOfA(), "Jeune fille 16 ans disponible ce soir, annonce inventée " + UUID.randomUUID());
                var registry = a.getBean(ReportRegistry.class);
                await().atMost(Duration.ofSeconds(60)).until(() -> registry.deliveries(id) == 1);
                var report = coordinator.get("/api/v1/reports/" + id).body();
                assertThat(report.get("priority").asString()).as("scored by B with the rules published on A").isEqualTo("P4");
                assertThat(a.getBean(JdbcClient.class).sql("select rules_version from report where id = :id").param("id", id)
                        .query(String.class).single()).isEqualTo(version);
                live.awaitLine(line -> line.startsWith("data:") && line.contains(id.toString()), Duration.ofSeconds(30));
            }
        } finally {
            processingOnA.start();
        }
    }

    @Test
    @Order(6)
    void theRetentionJobRunsOnceForEachScheduledTimeWhicheverInstanceTakesIt() {
        var jdbc = a.getBean(JdbcClient.class);
        Instant from = Instant.now();
        await().pollDelay(Duration.ofSeconds(15)).atMost(Duration.ofSeconds(30)).until(() -> true);
        var runs = jdbc.sql("""
                select details from audit_log where action = 'RETENTION_RUN' and at > :from order by seq""")
                .param("from", java.sql.Timestamp.from(from))
                .query((rs, n) -> JSON.readTree(rs.getString("details")))
                .list();
        // 15 s hold 5 scheduled times; both instances fire at each of them
        assertThat(runs).hasSizeBetween(3, 6);
        var slots = runs.stream().map(r -> Instant.parse(r.get("startedAt").asString()).getEpochSecond() / 3).toList();
        assertThat(slots).as("never two runs for the same scheduled time").doesNotHaveDuplicates();
        assertThat(runs.stream().map(r -> r.get("instance").asString()).distinct()).isSubsetOf("a", "b");
        String lockedBy = jdbc.sql("select locked_by from shedlock where name = 'retention'").query(String.class).single();
        assertThat(lockedBy).isIn("a", "b");
    }

    @Test
    @Order(7)
    void anInstanceWithAnotherSealingKeyRefusesToStart() {
        var arguments = new ArrayList<>(externalServers);
        arguments.addAll(List.of("--vigie.data-dir=" + dataDir.resolve("c"), "--vigie.instance-id=c", "--server.port=0",
                "--vigie.security.second-factor.secret-key=" + randomKey()));
        assertThatThrownBy(() -> new SpringApplicationBuilder(VigieApplication.class).run(arguments.toArray(String[]::new)).close())
                .rootCause().hasMessageContaining("second-factor sealing key")
                .hasMessageContaining("VIGIE_SECOND_FACTOR_SECRET_KEY");
    }

    @Test
    @Order(8)
    void anInstanceThatMissedAnAnnouncementCatchesUpOnTheRulesVersion() {
        String coordinatorName = TestUsers.ensure(a.getBean(UserAccounts.class), "several-coordinator", Role.COORDINATOR,
                Role.WORKER);
        var onA = VigieApi.at(portOfA());
        onA.login(coordinatorName, TestUsers.PASSWORD);
        String version = "sans-annonce-" + UUID.randomUUID().toString().substring(0, 6);
        var definition = (ObjectNode) onA.get("/api/v1/rules").body().get("definition").deepCopy();
        definition.put("version", version);
        // written as a publication would be, but without its announcement: as if A had not been listening
        a.getBean(JdbcClient.class).sql("""
                insert into rule_set (version, definition, published_by, comment)
                values (:v, cast(:d as jsonb), 'test', 'no announcement')""")
                .param("v", version).param("d", definition.toString()).update();
        await().atMost(Duration.ofSeconds(15))
                .until(() -> version.equals(onA.get("/api/v1/rules").body().get("definition").get("version").asString()));
    }

    @Test
    @Order(9)
    void aRescoringStartedOnBAndKilledWithBIsResumedByAAndVisibleFromEither() {
        var registry = a.getBean(ReportRegistry.class);
        var batch = new ArrayList<Map<String, Object>>();
        for (int i = 0; i < 100; i++) {
            batch.add(SyntheticReports.report(SyntheticReports.uniqueId("several-rescoring"),
                    "Annonce inventée numéro " + i + " " + UUID.randomUUID() + ", disponible en semaine"));
        }
        var accepted = VigieApi.at(portOfA()).postAsPartner(PARTNER_KEY, "/api/v1/reports/batch", Map.of("reports", batch));
        assertThat(accepted.status()).isEqualTo(200);
        var ids = accepted.body().get("results").valueStream().map(r -> UUID.fromString(r.get("id").asString())).toList();
        await().atMost(Duration.ofSeconds(90)).until(() -> ids.stream().allMatch(id -> registry.deliveries(id) >= 1));

        String coordinatorName = TestUsers.ensure(a.getBean(UserAccounts.class), "several-coordinator", Role.COORDINATOR,
                Role.WORKER);
        var onB = VigieApi.at(b.port());
        onB.login(coordinatorName, TestUsers.PASSWORD);
        var candidate = (ObjectNode) onB.get("/api/v1/rules").body().get("definition").deepCopy();
        String version = "tous-p2-" + UUID.randomUUID().toString().substring(0, 6);
        candidate.put("version", version);
        candidate.set("bands", JSON.readTree("[{\"band\": \"P2\"}]"));
        assertThat(onB.post("/api/v1/rules", Map.of("definition", candidate)).status()).isEqualTo(201);

        var onA = VigieApi.at(portOfA());
        onA.login(coordinatorName, TestUsers.PASSWORD);
        var jdbc = a.getBean(JdbcClient.class);
        await().atMost(Duration.ofSeconds(30)).until(() -> onA.get("/api/v1/rules/rescoring").body().get("done").asInt() >= 10);
        var seenFromA = onA.get("/api/v1/rules/rescoring").body();
        assertThat(seenFromA.get("version").asString()).isEqualTo(version);
        assertThat(seenFromA.get("state").asString()).isEqualTo("RUNNING");
        assertThat(seenFromA.get("total").asInt()).isGreaterThanOrEqualTo(100);
        assertThat(instanceRunning(jdbc, version)).isEqualTo("b");

        b.kill();
        int doneWhenKilled = onA.get("/api/v1/rules/rescoring").body().get("done").asInt();
        assertThat(doneWhenKilled).as("killed in the middle").isLessThan(seenFromA.get("total").asInt());

        await().atMost(Duration.ofSeconds(60)).until(() -> onA.get("/api/v1/rules/rescoring").body().get("state").asString()
                .equals("DONE"));
        var done = onA.get("/api/v1/rules/rescoring").body();
        assertThat(done.get("done").asInt()).isEqualTo(done.get("total").asInt()).isGreaterThanOrEqualTo(100);
        assertThat(instanceRunning(jdbc, version)).as("finished by A").isEqualTo("a");
        assertThat(jdbc.sql("select resumed from rescoring where rules_version = :v").param("v", version).query(Integer.class)
                .single()).isEqualTo(1);
        assertThat(jdbc.sql("""
                select count(*) from report where status in ('NEW', 'IN_REVIEW', 'ESCALATED')
                  and (rules_version is distinct from :v or priority <> 'P2')""")
                .param("v", version).query(Long.class).single()).as("every open report rescored, none forgotten").isZero();
    }

    private static String instanceRunning(JdbcClient jdbc, String version) {
        return jdbc.sql("select instance from rescoring where rules_version = :v").param("v", version).query(String.class).single();
    }

    private static UUID submit(int port, String text) {
        var accepted = VigieApi.at(port).postAsPartner(PARTNER_KEY, "/api/v1/reports",
                SyntheticReports.report(SyntheticReports.uniqueId("several"), text));
        assertThat(accepted.status()).isEqualTo(202);
        return UUID.fromString(accepted.body().get("id").asString());
    }

    private static String sessionCookie(VigieApi.Response response) {
        return response.headers().getOrDefault("set-cookie", List.of()).stream()
                .filter(c -> c.startsWith("VIGIE_SESSION=")).findFirst().orElseThrow();
    }

    private static int portOfA() {
        return Integer.parseInt(a.getEnvironment().getProperty("local.server.port"));
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
