package fr.vigie.infrastructure.postgres;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The embedded PostgreSQL, used when {@code spring.datasource.url} is not set.
 *
 * @param port TCP port on loopback; 0 picks a free one at each start
 */
@ConfigurationProperties("vigie.embedded.postgres")
public record EmbeddedPostgresProperties(@DefaultValue("0") int port) {
}
