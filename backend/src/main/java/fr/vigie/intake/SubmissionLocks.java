package fr.vigie.intake;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.TreeSet;

import javax.sql.DataSource;

import org.springframework.stereotype.Component;

import fr.vigie.infrastructure.postgres.AdvisoryLockKeys;

/**
 * Serialises the intake attempts of one (source, external id) from the first row written to the
 * last mark, across both commits. Without it, a repeat arriving while the first attempt waits for
 * Kafka's commit would find the row "not yet sent" and send the report a second time.
 * <p>
 * PostgreSQL advisory locks held by a transaction of their own on a connection of their own: the
 * submission's transaction commits in the middle, the locks must outlive it. Keys are taken in
 * ascending order (no two calls wait for each other in a cycle); a crash releases them with the
 * connection.
 */
@Component
class SubmissionLocks {

    private final DataSource dataSource;
    private final IntakeProperties properties;

    SubmissionLocks(DataSource dataSource, IntakeProperties properties) {
        this.dataSource = dataSource;
        this.properties = properties;
    }

    /** The lock of one (source, external id). */
    static long key(String source, String externalId) {
        return AdvisoryLockKeys.of("intake:" + source + "\u0000" + externalId);
    }

    /** Held until closed; waits for other attempts at the same submissions up to the acknowledgement timeout. */
    Held lock(Collection<Long> submissionKeys) {
        var keys = new TreeSet<>(submissionKeys);
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            connection.setAutoCommit(false);
            try (var timeout = connection.createStatement()) {
                timeout.execute("set local lock_timeout = " + properties.acknowledgementTimeout().toMillis());
            }
            try (var take = connection.prepareStatement(
                    "select count(*) from (select pg_advisory_xact_lock(k) from unnest(?::bigint[]) as k) as taken")) {
                take.setArray(1, connection.createArrayOf("bigint", keys.toArray()));
                take.executeQuery().close();
            }
            return new Held(connection);
        } catch (SQLException e) {
            release(connection);
            throw new IntakeUnavailableException(e);
        }
    }

    private static void release(Connection connection) {
        if (connection == null) {
            return;
        }
        try (connection) {
            connection.rollback(); // ends the locks' transaction, and with it the locks
        } catch (SQLException ignored) {
            // a broken connection has lost its locks already
        }
    }

    /** The locks of one call. */
    static final class Held implements AutoCloseable {

        private final Connection connection;

        private Held(Connection connection) {
            this.connection = connection;
        }

        @Override
        public void close() {
            release(connection);
        }
    }
}
