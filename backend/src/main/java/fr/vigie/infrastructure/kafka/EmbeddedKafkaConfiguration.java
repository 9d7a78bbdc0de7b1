package fr.vigie.infrastructure.kafka;

import java.util.List;

import org.apache.kafka.common.utils.Exit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import fr.vigie.infrastructure.ConditionalOnPropertyAbsent;
import fr.vigie.infrastructure.FreePorts;
import fr.vigie.infrastructure.VigieProperties;

/**
 * Starts the in-process Kafka broker and hands it to Boot as {@link KafkaConnectionDetails}.
 * Every Kafka client bean depends on those details, hence on the broker: on shutdown the
 * listener containers stop first (lifecycle), then producers and consumers are closed, and only
 * then the broker.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnPropertyAbsent("spring.kafka.bootstrap-servers")
class EmbeddedKafkaConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedKafkaConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedKafkaBroker embeddedKafkaBroker(VigieProperties vigie, EmbeddedKafkaProperties properties) {
        // Kafka halts the JVM on a fatal storage fault, skipping shutdown hooks and leaving the
        // embedded PostgreSQL orphaned. Exit through the normal path instead, so the rest closes.
        Exit.setHaltProcedure((status, message) -> {
            log.error("Embedded Kafka hit a fatal fault ({}); stopping Vigie", message);
            Thread.ofPlatform().start(() -> System.exit(status));
        });
        return EmbeddedKafkaBroker.start(vigie.resolvedDataDir().resolve("kafka"),
                FreePorts.orFree(properties.port()), FreePorts.orFree(properties.controllerPort()));
    }

    @Bean
    KafkaConnectionDetails embeddedKafkaConnectionDetails(EmbeddedKafkaBroker broker) {
        return () -> List.of(broker.bootstrapServers());
    }
}
