package fr.vigie.infrastructure.kafka;

import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * Creates the catalogue's missing topics at start-up (Boot's {@code KafkaAdmin} does the work),
 * on the embedded broker as on an external one. Existing topics are left as they are.
 */
@Configuration(proxyBeanMethods = false)
class KafkaTopicsConfiguration {

    @Bean
    TopicCatalog topicCatalog() {
        return TopicCatalog.fromClasspath();
    }

    @Bean
    KafkaAdmin.NewTopics vigieTopics(TopicCatalog catalog) {
        return new KafkaAdmin.NewTopics(catalog.topics().stream()
                .map(t -> new NewTopic(t.name(), java.util.Optional.of(t.partitions()), java.util.Optional.empty())
                        .configs(t.configs()))
                .toArray(NewTopic[]::new));
    }
}
