package fr.vigie.infrastructure.outbox;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The transactional outbox: a message to publish to Kafka is written to PostgreSQL in the same
 * transaction as the change it announces. Committed, it will be published (by
 * {@link OutboxRelay}) even if Kafka is down right now; rolled back, it never existed.
 *
 * <p>A transaction's messages are written together, in the order they were appended, in one
 * statement just before it commits (issue 18: a batch of 500 new reports appended 500 messages, one
 * round trip each). Written inside the transaction all the same: if the batch fails, the
 * transaction rolls back.
 */
@Component
public class Outbox {


    private record Message(String topic, String key, String payload) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;

    Outbox(JdbcClient jdbc, JdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    /** Must run inside the caller's transaction: alone, it would defeat the purpose. */
    public void append(String topic, String key, String jsonPayload) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()
                || !TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new IllegalTransactionStateException("An outbox message is appended inside the transaction of its change");
        }
        var message = new Message(topic, key, jsonPayload);
        if (!ofThisTransaction().add(message)) {
            write(List.of(message)); // appended by another synchronization after the batch was written
        }
    }

    /**
     * One statement for all of them, in their order (the relay publishes by id): a JDBC batch still
     * ran the insert once per message on the server (issue 18, fifth round).
     */
    private void write(List<Message> messages) {
        jdbc.sql("""
                insert into outbox (topic, message_key, payload)
                select topic, message_key, cast(payload as jsonb)
                from unnest(cast(:topics as text[]), cast(:keys as text[]), cast(:payloads as text[])) with ordinality
                    as m(topic, message_key, payload, n)
                order by n""")
                .param("topics", messages.stream().map(Message::topic).toArray(String[]::new))
                .param("keys", messages.stream().map(Message::key).toArray(String[]::new))
                .param("payloads", messages.stream().map(Message::payload).toArray(String[]::new))
                .update();
    }

    /**
     * This transaction's messages not written yet: bound to the thread with the transaction's
     * connection, so that a transaction started inside it (REQUIRES_NEW) keeps messages of its own
     * and the outer one finds its own again once the inner is over. (Not found among the
     * transaction's synchronizations: each in-process event registers one, and that list is copied
     * and sorted on every look-up.)
     */
    private Pending ofThisTransaction() {
        Object connection = TransactionSynchronizationManager.getResource(batches.getDataSource());
        var pending = (Pending) TransactionSynchronizationManager.getResource(this);
        if (pending != null && pending.connection == connection) {
            return pending;
        }
        if (pending != null) {
            TransactionSynchronizationManager.unbindResource(this);
        }
        var mine = new Pending(connection, pending);
        TransactionSynchronizationManager.bindResource(this, mine);
        TransactionSynchronizationManager.registerSynchronization(mine);
        return mine;
    }

    /** A transaction's messages, written just before it commits. */
    private final class Pending implements TransactionSynchronization {

        private final Object connection;
        private final Pending outer;
        private final List<Message> messages = new ArrayList<>();
        private boolean written;

        Pending(Object connection, Pending outer) {
            this.connection = connection;
            this.outer = outer;
        }

        /** False once the batch is written: the caller writes the message itself. */
        boolean add(Message message) {
            return !written && messages.add(message);
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            written = true;
            if (!messages.isEmpty()) {
                write(messages);
            }
        }

        @Override
        public void afterCompletion(int status) {
            if (TransactionSynchronizationManager.getResource(Outbox.this) == this) {
                TransactionSynchronizationManager.unbindResource(Outbox.this);
                if (outer != null) {
                    TransactionSynchronizationManager.bindResource(Outbox.this, outer);
                }
            }
        }
    }

    /** Messages not yet published; for monitoring and tests. */
    public long pending() {
        return jdbc.sql("select count(*) from outbox where published_at is null").query(Long.class).single();
    }
}
