package fr.vigie.processing;

import org.apache.kafka.common.TopicPartition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;
import org.springframework.util.backoff.FixedBackOff;

/**
 * What happens when processing a record fails.
 * <ul>
 * <li>The database or the index is unreachable ({@link Outages}): retry the same record, backing
 * off up to 30 s, for as long as it takes. An outage must not empty the queue into the dead-letter
 * topic, and the records behind it wait in Kafka, which is what Kafka is for.</li>
 * <li>Anything else (unreadable JSON, a record the code cannot handle): a couple of retries, then
 * {@code <topic>.dlt} with the error in its headers, and processing goes on with the next record.
 * Unreadable records go there at once.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class DeadLetterConfiguration {

    static final String DLT_SUFFIX = ".dlt";

    @Bean
    DefaultErrorHandler processingErrorHandler(KafkaTemplate<String, String> template) {
        var recoverer = new DeadLetterPublishingRecoverer(template,
                (record, e) -> new TopicPartition(record.topic() + DLT_SUFFIX, record.partition()));
        var handler = new DefaultErrorHandler(recoverer, new FixedBackOff(1_000, 2));
        handler.addNotRetryableExceptions(UnreadableRecordException.class);
        handler.setBackOffFunction((record, e) -> Outages.isOutage(e) ? untilBackUp() : null);
        return handler;
    }

    private static ExponentialBackOff untilBackUp() {
        var backOff = new ExponentialBackOff(1_000, 2.0);
        backOff.setMaxInterval(30_000);
        return backOff;
    }
}
