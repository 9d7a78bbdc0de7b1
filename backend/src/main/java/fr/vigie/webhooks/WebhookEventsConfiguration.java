package fr.vigie.webhooks;

import org.springframework.boot.kafka.autoconfigure.ConcurrentKafkaListenerContainerFactoryConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * The listener container of the events consumer: Boot's settings, but its own error handling. A
 * failure to queue (PostgreSQL down) retries the same poll of events, backing off up to 30 s, for as long
 * as it takes — never skipped, never dead-lettered (processing's dead-letter handler is for the
 * intake topic).
 */
@Configuration(proxyBeanMethods = false)
class WebhookEventsConfiguration {

    static final String FACTORY = "webhookEventsListenerFactory";

    @Bean(FACTORY)
    ConcurrentKafkaListenerContainerFactory<Object, Object> webhookEventsListenerFactory(
            ConcurrentKafkaListenerContainerFactoryConfigurer configurer, ConsumerFactory<Object, Object> consumers) {
        var factory = new ConcurrentKafkaListenerContainerFactory<Object, Object>();
        configurer.configure(factory, consumers);
        var backOff = new ExponentialBackOff(1_000, 2.0);
        backOff.setMaxInterval(30_000);
        factory.setCommonErrorHandler(new DefaultErrorHandler(backOff));
        factory.getContainerProperties().setFixTxOffsets(true);
        // a poll at a time (StatusChanges): a failure retries the whole poll, which queues nothing twice
        factory.setBatchListener(true);
        return factory;
    }
}
