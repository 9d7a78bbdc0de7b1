package fr.vigie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.elasticsearch.ElasticsearchContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

import fr.vigie.search.ReportIndex;
import fr.vigie.support.SyntheticReports;
import fr.vigie.support.VigieApi;
import fr.vigie.triage.ReportRegistry;

/**
 * The same path against external servers in containers, wired by Boot's {@code @ServiceConnection}
 * exactly as the embedded ones are: proof that features do not depend on which they got.
 * Skipped (not failed) where no Docker engine runs.
 */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "vigie.bootstrap.admin-password=tc-admin-password-01", "vigie.bootstrap.partner-key=tc-partner-key-0123456789" })
class ExternalServersPathIT {

    @Container
    @ServiceConnection
    static final PostgreSQLContainer POSTGRES = new PostgreSQLContainer("postgres:18");

    @Container
    @ServiceConnection
    static final KafkaContainer KAFKA = new KafkaContainer("apache/kafka:4.1.2");

    @Container
    @ServiceConnection
    static final ElasticsearchContainer ELASTICSEARCH = new ElasticsearchContainer(
            "docker.elastic.co/elasticsearch/elasticsearch:9.5.3")
            .withEnv("xpack.security.enabled", "false")
            .withEnv("ES_JAVA_OPTS", "-Xms512m -Xmx512m");

    @DynamicPropertySource
    static void externalServers(DynamicPropertyRegistry registry) {
        // The properties that switch each embedded server off; the values come from @ServiceConnection.
        registry.add("spring.datasource.url", POSTGRES::getJdbcUrl);
        registry.add("spring.kafka.bootstrap-servers", KAFKA::getBootstrapServers);
        registry.add("spring.elasticsearch.uris", () -> "http://" + ELASTICSEARCH.getHttpHostAddress());
        // as in production, the sealing key comes from configuration: no key file in the working directory
        byte[] key = new byte[32];
        new java.security.SecureRandom().nextBytes(key);
        registry.add("vigie.security.second-factor.secret-key", () -> java.util.Base64.getEncoder().encodeToString(key));
    }

    @LocalServerPort
    int port;

    @Autowired
    ReportRegistry reports;

    @Autowired
    ReportIndex index;

    @Test
    void aPartnerReportIsStoredAndIndexedOnExternalServers() {
        var accepted = VigieApi.at(port).postAsPartner("tc-partner-key-0123456789", "/api/v1/reports",
                SyntheticReports.report(SyntheticReports.uniqueId("tc"), "Annonces de test sur serveurs externes"));
        assertThat(accepted.status()).isEqualTo(202);
        UUID id = UUID.fromString(accepted.body().get("id").asString());
        await().atMost(Duration.ofSeconds(60)).until(() -> reports.deliveries(id) == 1);
        assertThat(index.contains(id)).isTrue();
        assertThat(index.searchText("annonce")).contains(id);
    }
}
