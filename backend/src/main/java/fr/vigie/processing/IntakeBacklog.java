package fr.vigie.processing;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;

import fr.vigie.intake.SubmittedReport;

/**
 * Asks the broker how many submitted reports processing has not committed yet: the last stable
 * offsets of the intake topic (what {@code read_committed} consumers can reach) minus the
 * processing group's committed offsets.
 */
final class IntakeBacklog {

    private final AdminClient admin;
    private final Duration timeout;

    IntakeBacklog(AdminClient admin, Duration timeout) {
        this.admin = admin;
        this.timeout = timeout;
    }

    long measure(String group) throws Exception {
        long millis = timeout.toMillis();
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata().get(millis, TimeUnit.MILLISECONDS);
        var partitions = admin.describeTopics(List.of(SubmittedReport.TOPIC)).allTopicNames()
                .get(millis, TimeUnit.MILLISECONDS).get(SubmittedReport.TOPIC).partitions().stream()
                .map(p -> new TopicPartition(SubmittedReport.TOPIC, p.partition()))
                .collect(Collectors.toMap(tp -> tp, tp -> OffsetSpec.latest()));
        var ends = admin.listOffsets(partitions, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all()
                .get(millis, TimeUnit.MILLISECONDS);
        long total = 0;
        for (var end : ends.entrySet()) {
            var done = committed.get(end.getKey());
            total += Math.max(0, end.getValue().offset() - (done == null ? 0 : done.offset()));
        }
        return total;
    }
}
