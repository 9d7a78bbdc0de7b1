package fr.vigie.processing;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import fr.vigie.intake.SubmittedReport;

/**
 * {@code vigie_intake_consumer_lag}: how many submitted reports wait for processing (end offsets
 * minus the processing group's committed offsets), refreshed every few seconds from the broker.
 */
@Component
class IntakeLag implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(IntakeLag.class);
    private static final String GROUP = "vigie-processing";
    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    private final AdminClient admin;
    private final AtomicLong lag = new AtomicLong(-1);

    IntakeLag(KafkaAdmin kafkaAdmin, MeterRegistry meters) {
        this.admin = AdminClient.create(kafkaAdmin.getConfigurationProperties());
        Gauge.builder("vigie.intake.consumer.lag", lag, AtomicLong::get)
                .description("Submitted reports not yet processed (-1 while unknown)")
                .baseUnit("records")
                .register(meters);
    }

    @Scheduled(initialDelay = 2_000, fixedDelay = 5_000)
    void refresh() {
        try {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(GROUP)
                    .partitionsToOffsetAndMetadata().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            var partitions = admin.describeTopics(java.util.List.of(SubmittedReport.TOPIC)).allTopicNames()
                    .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).get(SubmittedReport.TOPIC).partitions().stream()
                    .map(p -> new TopicPartition(SubmittedReport.TOPIC, p.partition()))
                    .collect(Collectors.toMap(tp -> tp, tp -> OffsetSpec.latest()));
            var ends = admin.listOffsets(partitions).all().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            long total = 0;
            for (var end : ends.entrySet()) {
                var done = committed.get(end.getKey());
                total += end.getValue().offset() - (done == null ? 0 : done.offset());
            }
            lag.set(total);
        } catch (Exception e) {
            log.debug("Intake lag not measured this time: {}", e.toString());
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void destroy() {
        admin.close(Duration.ofSeconds(2));
    }
}
