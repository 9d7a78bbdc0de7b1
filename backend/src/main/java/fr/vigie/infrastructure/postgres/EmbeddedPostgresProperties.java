package fr.vigie.infrastructure.postgres;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The embedded PostgreSQL, used when {@code spring.datasource.url} is not set.
 *
 * @param port               TCP port on loopback; 0 picks a free one at each start
 * @param orphanStopTimeout  how long to wait for a PostgreSQL left running by a killed Vigie to
 *                           stop before this start gives up
 */
@ConfigurationProperties("vigie.embedded.postgres")
record EmbeddedPostgresProperties(@DefaultValue("0") int port, @DefaultValue("60s") Duration orphanStopTimeout) {
}
