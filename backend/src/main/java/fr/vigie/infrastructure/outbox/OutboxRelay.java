package fr.vigie.infrastructure.outbox;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes committed outbox messages to Kafka in order, then marks them published. If Kafka
 * does not acknowledge, the batch stays unpublished and is tried again: at-least-once, so
 * consumers keep the latest event per key (the events topic is compacted by key).
 * {@code SKIP LOCKED} lets several instances relay without sending a message twice at once.
 */
@Component
class OutboxRelay {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final int BATCH = 200;

    private record Message(long id, String topic, String key, String payload) {
    }

    private final JdbcClient jdbc;
    private final KafkaTemplate<String, String> kafka;
    private final TransactionTemplate transactions;

    OutboxRelay(JdbcClient jdbc, KafkaTemplate<String, String> kafka, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.kafka = kafka;
        this.transactions = transactions;
    }

    @Scheduled(initialDelay = 1_000, fixedDelay = 500)
    void relay() {
        try {
            Integer sent;
            do {
                sent = transactions.execute(tx -> publishBatch());
            } while (sent != null && sent == BATCH);
        } catch (RuntimeException e) {
            log.warn("Outbox relay paused, will retry: {}", e.getClass().getSimpleName());
        }
    }

    private int publishBatch() {
        List<Message> messages = jdbc.sql("""
                select id, topic, message_key, payload::text as payload from outbox
                where published_at is null order by id limit :batch for update skip locked""")
                .param("batch", BATCH)
                .query((rs, n) -> new Message(rs.getLong("id"), rs.getString("topic"), rs.getString("message_key"),
                        rs.getString("payload")))
                .list();
        for (Message message : messages) {
            try {
                kafka.send(message.topic(), message.key(), message.payload()).get(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (Exception e) {
                throw new IllegalStateException("Kafka did not acknowledge outbox message " + message.id(), e);
            }
            jdbc.sql("update outbox set published_at = now() where id = :id").param("id", message.id()).update();
        }
        return messages.size();
    }
}
