package fr.vigie.support;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Counts the records processing can ever see on the intake topic: the committed ones, read as
 * processing reads them ({@code read_committed}). End offsets would count transaction markers and
 * aborted records too.
 */
public final class IntakeTopic {

    private static final String TOPIC = "vigie.reports.submitted";

    private IntakeTopic() {
    }

    public static long recordsWritten(String bootstrapServers) {
        return committedRecords(bootstrapServers, TOPIC);
    }

    /** The committed records of any topic, e.g. the dead-letter topic {@code vigie.reports.submitted.dlt}. */
    public static long committedRecords(String bootstrapServers, String topic) {
        var config = Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000);
        try (var consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            // with read_committed, the end offsets are the last stable offsets
            Map<TopicPartition, Long> ends = new HashMap<>(consumer.endOffsets(partitions, Duration.ofSeconds(10)));
            long count = 0;
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < ends.get(tp))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the intake topic could not be read to its end in 30 s");
                }
                count += consumer.poll(Duration.ofMillis(500)).count();
            }
            return count;
        } catch (RuntimeException e) {
            throw new IllegalStateException("Cannot count the intake topic's records", e);
        }
    }
}
