package fr.vigie.processing;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ContainerCustomizer;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties.AckMode;

import fr.vigie.intake.SubmittedReport;

/** How processing's listener containers read the intake topic. */
@Configuration(proxyBeanMethods = false)
class ListenerContainerConfiguration {

    /** How long an intake partition goes without a record before {@link IdlePartitionCommits} looks at it. */
    static final java.time.Duration IDLE_PARTITION = java.time.Duration.ofSeconds(10);

    /**
     * Intake writes in Kafka transactions, and each commit leaves a marker record that no listener
     * ever sees. Without this, the committed offset stops just before the last marker, so the lag
     * never returns to 0 and a restart re-reads nothing but still looks behind. Processing's batch
     * listener commits once per batch (ack mode BATCH), after the batch is in PostgreSQL and
     * Elasticsearch (set here whatever the application's default ack mode). A partition that gets
     * no record at all is committed past its markers by {@link IdlePartitionCommits}.
     */
    @Bean
    ContainerCustomizer<Object, Object, ConcurrentMessageListenerContainer<Object, Object>> commitPastTransactionMarkers() {
        return container -> {
            container.getContainerProperties().setFixTxOffsets(true);
            var topics = container.getContainerProperties().getTopics();
            if (topics != null && java.util.Arrays.asList(topics).contains(SubmittedReport.TOPIC)) {
                container.getContainerProperties().setAckMode(AckMode.BATCH);
                container.getContainerProperties().setIdlePartitionEventInterval(IDLE_PARTITION.toMillis());
            }
        };
    }
}
