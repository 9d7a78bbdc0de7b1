package fr.vigie.infrastructure.outbox;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes committed outbox messages to Kafka in order, then deletes them. A batch (up to 500) is
 * sent at once and its acknowledgements awaited once (the idempotent producer keeps the order of
 * each partition); if one is missing, the whole batch stays and is tried again: at-least-once, so
 * consumers keep the latest event per key (the events topic is compacted by key). Published
 * messages are deleted with their batch, so the table holds only what is still to send.
 * Every 100 ms: the live queue hears of a change a fraction of a second after its commit.
 * One instance relays at a time ({@code @SchedulerLock}), so messages leave in the order they were
 * written whichever instance wrote them; {@code SKIP LOCKED} still keeps two relays apart should a
 * lock outlive its {@code lockAtMostFor}.
 */
@Component
class OutboxRelay {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final int BATCH = 500;
    private static final java.time.Duration MAX_RUN = java.time.Duration.ofSeconds(20);

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

    @Scheduled(initialDelay = 1_000, fixedDelay = 100)
    @SchedulerLock(name = "outbox-relay", lockAtMostFor = "PT1M")
    void relay() {
        // A run ends well within its lock's lockAtMostFor (a killed instance's lock frees itself
        // after that minute); a longer backlog is taken up by the next run, 100 ms later.
        long until = System.nanoTime() + MAX_RUN.toNanos();
        try {
            Integer sent;
            do {
                sent = transactions.execute(tx -> publishBatch());
            } while (sent != null && sent == BATCH && System.nanoTime() < until);
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
        if (messages.isEmpty()) {
            return 0;
        }
        var sent = new CompletableFuture<?>[messages.size()];
        for (int i = 0; i < sent.length; i++) {
            var m = messages.get(i);
            sent[i] = kafka.send(m.topic(), m.key(), m.payload());
            if (sent[i].isCompletedExceptionally()) { // the broker is unreachable: no point queueing the rest behind it
                throw new IllegalStateException("Kafka refused outbox message " + m.id());
            }
        }
        try {
            CompletableFuture.allOf(sent).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (Exception e) {
            throw new IllegalStateException("Kafka did not acknowledge outbox messages " + messages.getFirst().id() + "–"
                    + messages.getLast().id(), e);
        }
        jdbc.sql("delete from outbox where id = any(:ids)")
                .param("ids", messages.stream().map(Message::id).toArray(Long[]::new)).update();
        return messages.size();
    }
}
