package fr.vigie.processing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaTemplate;

import fr.vigie.search.ReportIndex;
import fr.vigie.support.EmbeddedServersTest;
import fr.vigie.support.SyntheticReports;

/** Processing takes the intake topic by batches: a poison record in a batch is dead-lettered alone. */
class BatchProcessingIT extends EmbeddedServersTest {

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    KafkaConnectionDetails kafkaConnection;

    @Autowired
    KafkaListenerEndpointRegistry listeners;

    @Autowired
    ReportIndex index;

    @Autowired
    tools.jackson.databind.json.JsonMapper json;

    @Test
    void aPoisonRecordInTheMiddleOfABatchGoesToTheDeadLettersAloneAndTheBatchIsKept() throws Exception {
        var processing = listeners.getListenerContainer("vigie-processing");
        processing.pause();
        await().atMost(Duration.ofSeconds(10)).until(processing::isPauseRequested);
        var poisonKeys = new ArrayList<String>();
        List<UUID> ids = new ArrayList<>();
        try {
            Thread.sleep(1_000); // the consumers see the pause before anything is sent
            ids.addAll(submitted(20, "avant"));
            int partitions = kafka.partitionsFor("vigie.reports.submitted").size();
            for (int p = 0; p < partitions; p++) { // one in the middle of every partition's batch
                String key = "poison-" + UUID.randomUUID();
                poisonKeys.add(key);
                kafka.send("vigie.reports.submitted", p, key, "{ pas un signalement").get();
            }
            ids.addAll(submitted(20, "après"));
        } finally {
            processing.resume();
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> ids.stream().allMatch(id -> reports.deliveries(id) >= 1));
        assertThat(ids).as("each report of the batches recorded once").allMatch(id -> reports.deliveries(id) == 1);
        assertThat(ids).as("and indexed").allMatch(index::contains);

        var dead = deadLetterKeysOnceThereAre(poisonKeys);
        assertThat(dead).as("only the poison records of these batches").noneMatch(k -> !k.startsWith("poison-"));
    }

    /**
     * "quatre-vingts" once failed a report's analysis; the listener assessed the whole batch before recording it, so the
     * error handler took the batch for the record at fault and would dead-letter all of it. Every report of a batch
     * holding such a text is recorded once and indexed, and that one reaches the workers' queue in P1.
     */
    @Test
    void aReportThatSpellsQuatreVingtsIsRecordedWithTheRestOfItsBatch() {
        var processing = listeners.getListenerContainer("vigie-processing");
        processing.pause();
        await().atMost(Duration.ofSeconds(10)).until(processing::isPauseRequested);
        List<UUID> ids = new ArrayList<>();
        UUID spelled;
        try {
            ids.addAll(submitted(10, "avant"));
            var answer = api().postAsPartner(PARTNER_KEY, "/api/v1/reports", SyntheticReports.report(
                    SyntheticReports.uniqueId("lettres"), "Lou, dix-sept ans, appelle le zéro six, trente-neuf, "
                            + "quatre-vingt-dix-huit, quatre-vingts, onze " + UUID.randomUUID().toString().substring(0, 8)));
            assertThat(answer.status()).isEqualTo(202);
            spelled = UUID.fromString(answer.body().get("id").asString());
            ids.add(spelled);
            ids.addAll(submitted(10, "après"));
        } finally {
            processing.resume();
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> ids.stream().allMatch(id -> reports.deliveries(id) >= 1));
        assertThat(ids).as("each report of the batch recorded once").allMatch(id -> reports.deliveries(id) == 1);
        assertThat(ids).as("and indexed").allMatch(index::contains);
        var worker = api();
        assertThat(worker.login("admin", ADMIN_PASSWORD).status()).isEqualTo(200);
        var item = fr.vigie.support.QueuePages.item(worker, spelled);
        assertThat(item).as("in the workers' queue").isNotNull();
        assertThat(item.get("priority").asString()).as("a minor's age in words").isEqualTo("P1");
    }

    /**
     * A report PostgreSQL refuses (a NUL character in its text, which the partner API never lets through, sent straight
     * to the intake topic) fails its batch's one transaction for a reason that is no outage: the listener records the
     * batch again one report at a time, keeps every report before and after it, and dead-letters that one alone.
     */
    @Test
    void aReportTheDatabaseRefusesFailsAloneAndTheRestOfItsBatchIsRecordedOneByOne() throws Exception {
        var processing = listeners.getListenerContainer("vigie-processing");
        processing.pause();
        await().atMost(Duration.ofSeconds(10)).until(processing::isPauseRequested);
        List<UUID> ids = new ArrayList<>();
        var refused = UUID.randomUUID();
        try {
            Thread.sleep(1_000); // the consumers see the pause before anything is sent
            ids.addAll(submitted(10, "avant"));
            var report = new fr.vigie.intake.ReportSubmission(SyntheticReports.uniqueId("nul"),
                    fr.vigie.intake.Platform.FORUM, null, null, "Texte avec un caractère nul \u0000 au milieu",
                    java.time.Instant.parse("2026-11-27T21:14:00Z"), null, List.of(), null, null);
            var submitted = new fr.vigie.intake.SubmittedReport(refused, 1, null, null, "test", java.time.Instant.now(),
                    null, report);
            // keyed as the other test's poison records are: the dead-letter topic is shared by the tests of this class
            kafka.send(fr.vigie.intake.SubmittedReport.TOPIC, "poison-" + refused, json.writeValueAsString(submitted)).get();
            ids.addAll(submitted(10, "après"));
        } finally {
            processing.resume();
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> ids.stream().allMatch(id -> reports.deliveries(id) >= 1));
        assertThat(ids).as("each other report of the batch recorded once").allMatch(id -> reports.deliveries(id) == 1);
        assertThat(ids).as("and indexed").allMatch(index::contains);
        var dead = deadLetterKeysOnceThereAre(List.of("poison-" + refused));
        assertThat(dead).as("none of the reports recorded").noneMatch(k -> ids.stream().anyMatch(id -> id.toString().equals(k)));
        assertThat(reports.deliveries(refused)).as("the refused report is not recorded").isZero();
    }

    /** Every key on the dead-letter topic from its start, read until the expected ones are all there. */
    private java.util.Set<String> deadLetterKeysOnceThereAre(List<String> expected) {
        try (var consumer = new KafkaConsumer<String, String>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, String.join(",", kafkaConnection.getBootstrapServers()),
                ConsumerConfig.GROUP_ID_CONFIG, "dlt-batch-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of("vigie.reports.submitted.dlt"));
            var dead = new HashSet<String>();
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(500)).forEach(r -> dead.add(r.key()));
                return dead.containsAll(expected);
            });
            return dead;
        }
    }

    private List<UUID> submitted(int count, String label) {
        var batch = new ArrayList<Map<String, Object>>();
        for (int i = 0; i < count; i++) {
            var report = SyntheticReports.report(SyntheticReports.uniqueId("lot"), "Offre " + label + " " + i + " "
                    + UUID.randomUUID().toString().substring(0, 8));
            report.put("url", null);
            batch.add(report);
        }
        var answer = api().postAsPartner(PARTNER_KEY, "/api/v1/reports/batch", Map.of("reports", batch));
        assertThat(answer.status()).isEqualTo(200);
        return answer.body().get("results").valueStream().map(r -> UUID.fromString(r.get("id").asString())).toList();
    }
}
