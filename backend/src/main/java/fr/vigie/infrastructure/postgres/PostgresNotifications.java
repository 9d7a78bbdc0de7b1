package fr.vigie.infrastructure.postgres;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * PostgreSQL's {@code LISTEN/NOTIFY} between instances: a feature announces a change with
 * {@link #announce} inside the transaction that makes it (PostgreSQL delivers the notice only
 * if that transaction commits), and every instance's handlers for that channel run soon after.
 * One connection per instance listens, on a thread of its own. Notices sent while it was not
 * connected are lost, so after every (re)connection each handler is called with a null payload:
 * it must then read the current state itself.
 */
@Component
@org.springframework.modulith.NamedInterface("postgres")
public class PostgresNotifications implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PostgresNotifications.class);
    private static final Pattern CHANNEL = Pattern.compile("[a-z][a-z0-9_]{0,62}");
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration RETRY = Duration.ofSeconds(2);

    private final DataSource dataSource;
    private final Map<String, List<Consumer<String>>> handlers = new ConcurrentHashMap<>();
    private volatile boolean running;
    private Thread listener;

    PostgresNotifications(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Announces on {@code channel}, inside the caller's transaction. */
    public static void announce(JdbcClient jdbc, String channel, String payload) {
        jdbc.sql("select pg_notify(:channel, :payload)").param("channel", channel(channel)).param("payload", payload)
                .query((rs, n) -> 1).list();
    }

    /**
     * Calls {@code handler} with each notice's payload on {@code channel}, and with null after
     * each (re)connection; on the listening thread, so it must be quick and never throw.
     */
    public void listen(String channel, Consumer<String> handler) {
        handlers.computeIfAbsent(channel(channel), c -> new CopyOnWriteArrayList<>()).add(handler);
    }

    @Override
    public synchronized void start() {
        running = true;
        listener = Thread.ofPlatform().name("postgres-notifications").daemon().start(this::listenWhileRunning);
    }

    @Override
    public synchronized void stop() {
        running = false;
        if (listener != null) {
            // not interrupted: the poll ends within POLL and the connection goes back to the pool whole
            try {
                listener.join(Duration.ofSeconds(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void listenWhileRunning() {
        boolean warned = false;
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(true);
                Set<String> listening = ConcurrentHashMap.newKeySet();
                listenToNew(connection, listening);
                if (warned) {
                    log.info("Listening to PostgreSQL notifications again");
                    warned = false;
                }
                handlers.values().forEach(list -> list.forEach(handler -> deliver(handler, null)));
                var pg = connection.unwrap(PGConnection.class);
                while (running) {
                    listenToNew(connection, listening);
                    var notices = pg.getNotifications((int) POLL.toMillis());
                    if (notices != null) {
                        for (var notice : notices) {
                            handlers.getOrDefault(notice.getName(), List.of()).forEach(h -> deliver(h, notice.getParameter()));
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    return;
                }
                if (!warned) {
                    log.warn("Not listening to PostgreSQL notifications ({}); retrying every {} s", e.getClass().getSimpleName(),
                            RETRY.toSeconds());
                    warned = true;
                }
                try {
                    Thread.sleep(RETRY);
                } catch (InterruptedException interrupted) {
                    return;
                }
            }
        }
    }

    private void listenToNew(Connection connection, Set<String> listening) throws SQLException {
        for (String channel : handlers.keySet()) {
            if (listening.add(channel)) {
                try (var statement = connection.createStatement()) {
                    statement.execute("LISTEN " + channel); // checked against CHANNEL: a plain identifier
                }
            }
        }
    }

    private static void deliver(Consumer<String> handler, String payload) {
        try {
            handler.accept(payload);
        } catch (RuntimeException e) {
            log.warn("A PostgreSQL notification handler failed: {}", e.getClass().getSimpleName());
        }
    }

    private static String channel(String channel) {
        if (!CHANNEL.matcher(channel).matches()) {
            throw new IllegalArgumentException("not a plain channel name: " + channel);
        }
        return channel;
    }
}
