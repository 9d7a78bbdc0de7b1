package fr.vigie.infrastructure.postgres;

import java.io.IOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL while it runs, with the password of its superuser. Closed by Spring
 * only, after every bean that uses it (its connection details depend on it).
 */
record RunningPostgres(EmbeddedPostgres server, String password) implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RunningPostgres.class);

    int port() {
        return server.getPort();
    }

    @Override
    public void close() throws IOException {
        log.info("Stopping embedded PostgreSQL");
        server.close();
    }
}
