package fr.vigie.support;


import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;

/** Counts what was ever written to the intake topic: the sum of its end offsets. */
public final class IntakeTopic {

    private IntakeTopic() {
    }

    public static long recordsWritten(String bootstrapServers) {
        try (var admin = AdminClient.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            var partitions = admin.describeTopics(java.util.List.of("vigie.reports.submitted")).allTopicNames()
                    .get(10, TimeUnit.SECONDS).get("vigie.reports.submitted").partitions().stream()
                    .map(p -> new TopicPartition("vigie.reports.submitted", p.partition()))
                    .collect(Collectors.toMap(tp -> tp, tp -> OffsetSpec.latest()));
            return admin.listOffsets(partitions).all().get(10, TimeUnit.SECONDS).values().stream()
                    .mapToLong(info -> info.offset()).sum();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read the intake topic's offsets", e);
        }
    }
}
