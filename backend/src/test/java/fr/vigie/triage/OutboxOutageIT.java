package fr.vigie.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

import fr.vigie.VigieApplication;
import fr.vigie.identity.Role;
import fr.vigie.identity.UserAccounts;
import fr.vigie.infrastructure.FreePorts;
import fr.vigie.infrastructure.kafka.EmbeddedKafkaBroker;
import fr.vigie.infrastructure.kafka.TopicCatalog;
import fr.vigie.infrastructure.outbox.Outbox;
import fr.vigie.support.VigieApi;

/**
 * Kafka is down when a worker decides: the decision is recorded at once, its event waits in the
 * outbox, and reaches Kafka when the broker comes back. Nothing is lost.
 */
class OutboxOutageIT {

    @Test
    void decisionsMadeDuringAKafkaOutageArePublishedWhenItReturns() throws Exception {
        int kafkaPort = FreePorts.orFree(0);
        int controllerPort = FreePorts.orFree(0);
        String bootstrap = "127.0.0.1:" + kafkaPort;
        Path dataDir = Files.createTempDirectory(Files.createDirectories(Path.of("target", "it-data")), "outbox-");
        try (var app = new SpringApplicationBuilder(VigieApplication.class).run(
                "--vigie.data-dir=" + dataDir,
                "--server.port=0",
                "--spring.kafka.bootstrap-servers=" + bootstrap,
                "--spring.kafka.admin.operation-timeout=1s",
                "--spring.kafka.admin.properties.request.timeout.ms=1000",
                "--spring.kafka.admin.properties.default.api.timeout.ms=1000",
                "--spring.kafka.producer.properties.max.block.ms=1000")) {
            var registry = app.getBean(ReportRegistry.class);
            var outbox = app.getBean(Outbox.class);
            UUID id = UUID.randomUUID();
            registry.record(new AssessedReport(id, 1,
                    new AssessedReport.Sender(null, "test", null, "outage-1", Instant.now(), null, null),
                    new AssessedReport.Ad("OTHER", null, null, null, "Annonce de test pendant la panne", Instant.now(), List.of()),
                    AssessedReport.Place.UNKNOWN,
                    new Assessment(PriorityBand.P1, 100, List.of(), ReportEntities.none(), "fp-" + id, "test")));
            app.getBean(UserAccounts.class).create("panne", "worker-password-0123", EnumSet.of(Role.WORKER));
            var worker = VigieApi.at(Integer.parseInt(app.getEnvironment().getProperty("local.server.port")));
            worker.login("panne", "worker-password-0123");
            assertThat(worker.post("/api/v1/reports/" + id + "/claim", Map.of()).status()).isEqualTo(200);

            var decided = worker.post("/api/v1/reports/" + id + "/decisions", Map.of("type", "REFERRAL", "channel",
                    "PHAROS", "urgency", "NORMAL", "justification", "contenu illicite signalé"));

            assertThat(decided.status()).isEqualTo(201);
            Thread.sleep(1_500);
            assertThat(outbox.pending()).as("events wait while Kafka is down").isGreaterThanOrEqualTo(3);

            try (var broker = EmbeddedKafkaBroker.start(dataDir.resolve("late-kafka"), kafkaPort, controllerPort)) {
                try (var admin = AdminClient.create(Map.of("bootstrap.servers", bootstrap))) {
                    admin.createTopics(TopicCatalog.fromClasspath().topics().stream()
                            .map(t -> new NewTopic(t.name(), t.partitions(), (short) 1).configs(t.configs())).toList())
                            .all().get();
                }
                await().atMost(Duration.ofSeconds(60)).until(() -> outbox.pending() == 0);
                assertThat(eventsFor(bootstrap, id)).contains("RECORDED", "CLAIMED", "DECIDED");
            }
        }
    }

    private static List<String> eventsFor(String bootstrap, UUID id) {
        try (var consumer = new KafkaConsumer<String, String>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "outbox-check-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(ReportEvent.TOPIC));
            var events = new java.util.ArrayList<String>();
            long until = System.currentTimeMillis() + 20_000;
            while (System.currentTimeMillis() < until && !events.contains("DECIDED")) {
                for (var record : consumer.poll(Duration.ofMillis(500))) {
                    if (id.toString().equals(record.key())) {
                        events.add(tools.jackson.databind.json.JsonMapper.builder().build().readTree(record.value())
                                .get("event").asString());
                    }
                }
            }
            return events;
        }
    }
}
