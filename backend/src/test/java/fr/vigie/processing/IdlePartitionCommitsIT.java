package fr.vigie.processing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;

import fr.vigie.intake.SubmittedReport;
import fr.vigie.support.EmbeddedServersTest;

/**
 * A transaction aborted on the intake topic (a partner's submission whose producer died: kill -9
 * during intake) leaves records and a marker that processing never receives. The intake lag an
 * operator reads must still come back to 0, not stay at 2 for ever.
 */
class IdlePartitionCommitsIT extends EmbeddedServersTest {

    private static final TopicPartition PARTITION = new TopicPartition(SubmittedReport.TOPIC, 0);

    @Autowired
    KafkaConnectionDetails kafkaConnection;

    @Test
    void anAbortedTransactionOnAnIdlePartitionLeavesNoLagBehind() throws Exception {
        String bootstrap = String.join(",", kafkaConnection.getBootstrapServers());
        try (var admin = AdminClient.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            await().atMost(Duration.ofSeconds(90)).until(() -> lag(admin) == 0);
            long before = end(admin);

            try (var producer = new KafkaProducer<>(Map.<String, Object>of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                    ProducerConfig.TRANSACTIONAL_ID_CONFIG, "aborted-" + UUID.randomUUID()),
                    new StringSerializer(), new StringSerializer())) {
                producer.initTransactions();
                producer.beginTransaction();
                producer.send(new ProducerRecord<>(PARTITION.topic(), PARTITION.partition(),
                        "aborted-" + UUID.randomUUID(), "{ jamais livré }")).get();
                producer.abortTransaction();
            }
            // the coordinator writes the abort marker after it answers: the partition's stable end moves soon after
            await().atMost(Duration.ofSeconds(30)).until(() -> end(admin) == before + 2);

            // processing receives neither; without a commit past them the gauge would read 2 for ever
            await().atMost(Duration.ofSeconds(60)).until(() -> lag(admin) == 0);
        }
    }

    /** What an operator's lag gauge reads for the partition: its last stable offset minus the group's commit. */
    private static long lag(AdminClient admin) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(IntakeLag.GROUP)
                .partitionsToOffsetAndMetadata().get();
        var done = committed.get(PARTITION);
        return end(admin) - (done == null ? 0 : done.offset());
    }

    private static long end(AdminClient admin) throws Exception {
        return admin.listOffsets(Map.of(PARTITION, OffsetSpec.latest()), new ListOffsetsOptions(IsolationLevel.READ_COMMITTED))
                .all().get().get(PARTITION).offset();
    }
}
