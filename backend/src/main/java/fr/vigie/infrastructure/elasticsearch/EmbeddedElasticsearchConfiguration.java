package fr.vigie.infrastructure.elasticsearch;

import java.util.List;

import org.springframework.boot.elasticsearch.autoconfigure.ElasticsearchConnectionDetails;
import org.springframework.boot.elasticsearch.autoconfigure.ElasticsearchConnectionDetails.Node.Protocol;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import fr.vigie.infrastructure.ConditionalOnPropertyAbsent;
import fr.vigie.infrastructure.VigieProperties;

/**
 * Starts the in-process Elasticsearch node and hands its HTTP address to Boot as
 * {@link ElasticsearchConnectionDetails}; Boot's own client then talks to it as to any cluster.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnPropertyAbsent("spring.elasticsearch.uris")
class EmbeddedElasticsearchConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedElasticsearch embeddedElasticsearch(VigieProperties vigie, EmbeddedElasticsearchProperties properties) {
        return EmbeddedElasticsearch.start(vigie.resolvedDataDir().resolve("elasticsearch"), properties.httpPort());
    }

    @Bean
    ElasticsearchConnectionDetails embeddedElasticsearchConnectionDetails(EmbeddedElasticsearch node) {
        var address = new ElasticsearchConnectionDetails.Node("127.0.0.1", node.httpPort(), Protocol.HTTP);
        return () -> List.of(address);
    }
}
