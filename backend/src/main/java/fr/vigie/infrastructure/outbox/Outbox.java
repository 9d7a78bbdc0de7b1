package fr.vigie.infrastructure.outbox;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The transactional outbox: a message to publish to Kafka is written to PostgreSQL in the same
 * transaction as the change it announces. Committed, it will be published (by
 * {@link OutboxRelay}) even if Kafka is down right now; rolled back, it never existed.
 */
@Component
public class Outbox {

    private final JdbcClient jdbc;

    Outbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Must run inside the caller's transaction: alone, it would defeat the purpose. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void append(String topic, String key, String jsonPayload) {
        jdbc.sql("insert into outbox (topic, message_key, payload) values (:topic, :key, cast(:payload as jsonb))")
                .param("topic", topic).param("key", key).param("payload", jsonPayload)
                .update();
    }

    /** Messages not yet published; for monitoring and tests. */
    public long pending() {
        return jdbc.sql("select count(*) from outbox where published_at is null").query(Long.class).single();
    }
}
