package fr.vigie.infrastructure.postgres;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import fr.vigie.infrastructure.ConditionalOnPropertyAbsent;
import fr.vigie.infrastructure.FreePorts;
import fr.vigie.infrastructure.VigieProperties;

/**
 * Starts PostgreSQL 18 from the binaries on the classpath, with its cluster in
 * {@code <data-dir>/postgres} kept across restarts, and hands it to Boot as
 * {@link JdbcConnectionDetails}: the data source, Flyway and health see an ordinary server.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnPropertyAbsent("spring.datasource.url")
class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(VigieProperties vigie, EmbeddedPostgresProperties properties) throws IOException {
        var dir = vigie.resolvedDataDir().resolve("postgres");
        Files.createDirectories(dir);
        long started = System.nanoTime();
        var postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dir)
                .setCleanDataDirectory(false)
                .setPort(FreePorts.orFree(properties.port()))
                .setPGStartupWait(Duration.ofSeconds(60))
                .start();
        log.info("Embedded PostgreSQL up on 127.0.0.1:{} (data in {}) in {} ms", postgres.getPort(), dir,
                (System.nanoTime() - started) / 1_000_000);
        return postgres;
    }

    @Bean
    JdbcConnectionDetails embeddedPostgresConnectionDetails(EmbeddedPostgres postgres) {
        String url = "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/postgres";
        return new JdbcConnectionDetails() {
            @Override
            public String getUsername() {
                return "postgres";
            }

            @Override
            public String getPassword() {
                return "";
            }

            @Override
            public String getJdbcUrl() {
                return url;
            }
        };
    }
}
