package fr.vigie.infrastructure.kafka;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The embedded single-node Kafka broker, used when {@code spring.kafka.bootstrap-servers} is
 * not set.
 *
 * @param port           client listener on loopback; 0 picks a free one at each start
 * @param controllerPort KRaft controller listener on loopback; 0 picks a free one
 */
@ConfigurationProperties("vigie.embedded.kafka")
record EmbeddedKafkaProperties(@DefaultValue("0") int port, @DefaultValue("0") int controllerPort) {
}
