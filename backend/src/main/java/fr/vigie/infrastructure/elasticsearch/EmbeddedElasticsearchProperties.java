package fr.vigie.infrastructure.elasticsearch;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The embedded Elasticsearch node, used when {@code spring.elasticsearch.uris} is not set.
 *
 * @param httpPort HTTP port on loopback; 0 picks a free one at each start
 */
@ConfigurationProperties("vigie.embedded.elasticsearch")
record EmbeddedElasticsearchProperties(@DefaultValue("0") int httpPort) {
}
