package fr.vigie.infrastructure.postgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Base64;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import fr.vigie.infrastructure.ConditionalOnPropertyAbsent;
import fr.vigie.infrastructure.FreePorts;
import fr.vigie.infrastructure.SecretFiles;
import fr.vigie.infrastructure.VigieProperties;

/**
 * Starts PostgreSQL 18 from the binaries on the classpath, with its cluster in
 * {@code <data-dir>/postgres} kept across restarts, and hands it to Boot as
 * {@link JdbcConnectionDetails}: the data source, Flyway and health see an ordinary server.
 * <p>
 * Run as a system of record, not as a test fixture: fsync and synchronous commit on (a commit
 * that returned is on disk, so a processed report's offset is never committed ahead of it),
 * loopback only with a generated password, and stopped by Spring only, after every bean that
 * uses it (no shutdown hook of its own racing the application's shutdown). A postmaster left
 * behind by a killed JVM is stopped before the start ({@link StalePostmaster}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnPropertyAbsent("spring.datasource.url")
class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);
    static final String USER = "postgres";
    static final String PASSWORD_FILE = "postgres.password";

    @Bean(destroyMethod = "close")
    RunningPostgres embeddedPostgres(VigieProperties vigie, EmbeddedPostgresProperties properties)
            throws IOException, SQLException {
        Path dataDir = vigie.resolvedDataDir();
        Path dir = dataDir.resolve("postgres");
        Files.createDirectories(dir);
        StalePostmaster.stopIfOrphaned(dir, properties.orphanStopTimeout());
        boolean existing = Files.exists(dir.resolve("postgresql.conf"));
        boolean openToAnyone = existing && HostBasedAccess.trustsAnyone(dir);
        Path passwordFile = dataDir.resolve(PASSWORD_FILE);
        if (existing && !openToAnyone && !Files.exists(passwordFile)) {
            throw new IllegalStateException("The embedded PostgreSQL in " + dir + " needs its password file "
                    + passwordFile + ", which is missing: restore it from the backup of the data directory");
        }
        String password = SecretFiles.readOrCreate(passwordFile, EmbeddedPostgresConfiguration::newPassword);

        long started = System.nanoTime();
        var builder = EmbeddedPostgres.builder()
                .setDataDirectory(dir)
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false)
                .setPort(FreePorts.orFree(properties.port()))
                .setPGStartupWait(Duration.ofSeconds(60))
                .setConnectConfig("password", password)
                // the library starts the server with -F (fsync off) and synchronous_commit=off:
                // later -c settings win
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("unix_socket_directories", "")
                .setServerConfig("password_encryption", "scram-sha-256");
        if (!openToAnyone) {
            builder.setDataDirectoryCustomizer(d -> HostBasedAccess.write(d.toPath()));
        }
        Path initialPassword = dataDir.resolve(PASSWORD_FILE + ".initdb");
        if (!existing) {
            // initdb takes the superuser's password from a file; the library's "-A trust" is
            // overridden by the later --auth
            Files.deleteIfExists(initialPassword);
            SecretFiles.readOrCreate(initialPassword, () -> password);
            builder.setLocaleConfig("auth", "scram-sha-256").setLocaleConfig("pwfile", initialPassword.toString());
        }
        EmbeddedPostgres postgres;
        try {
            postgres = builder.start();
        } finally {
            Files.deleteIfExists(initialPassword);
        }
        if (openToAnyone) {
            closeTrust(postgres, dir, password);
        }
        log.info("Embedded PostgreSQL up on 127.0.0.1:{} (data in {}) in {} ms", postgres.getPort(), dir,
                (System.nanoTime() - started) / 1_000_000);
        return new RunningPostgres(postgres, password);
    }

    /** A cluster of an earlier Vigie let any local account in: give it a password, then close the door. */
    private static void closeTrust(EmbeddedPostgres postgres, Path dir, String password) throws SQLException {
        try (var connection = postgres.getPostgresDatabase().getConnection(); var statement = connection.createStatement()) {
            statement.execute("alter role " + USER + " password '" + password + "'");
            HostBasedAccess.write(dir);
            statement.execute("select pg_reload_conf()");
        }
        log.warn("The embedded PostgreSQL accepted any local account without a password; it now requires the "
                + "password kept in {}", dir.resolveSibling(PASSWORD_FILE));
    }

    /** URL-safe, so it needs no quoting in SQL or in a connection string. */
    private static String newPassword() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Bean
    JdbcConnectionDetails embeddedPostgresConnectionDetails(RunningPostgres postgres) {
        String url = "jdbc:postgresql://127.0.0.1:" + postgres.port() + "/postgres";
        return new JdbcConnectionDetails() {
            @Override
            public String getUsername() {
                return USER;
            }

            @Override
            public String getPassword() {
                return postgres.password();
            }

            @Override
            public String getJdbcUrl() {
                return url;
            }
        };
    }
}
