package fr.vigie.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.vigie.VigieApplication;
import fr.vigie.support.SyntheticReports;
import fr.vigie.support.VigieApi;

/**
 * With the producer pointed at a broker that is not there, a partner gets 503 with Retry-After,
 * never a 202 that is not durable, and nothing is half-stored.
 */
class KafkaDownIT {

    private static final String PARTNER_KEY = "kafka-down-partner-key-0123";

    @Test
    void noAcknowledgementMeans503AndNothingStored() throws Exception {
        int deadPort;
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            deadPort = socket.getLocalPort();
        }
        Path dataDir = Files.createTempDirectory(Files.createDirectories(Path.of("target", "it-data")), "kafka-down-");
        try (var app = new SpringApplicationBuilder(VigieApplication.class).run(
                "--vigie.data-dir=" + dataDir,
                "--server.port=0",
                "--spring.kafka.bootstrap-servers=127.0.0.1:" + deadPort,
                "--spring.kafka.admin.operation-timeout=1s",
                "--spring.kafka.admin.properties.request.timeout.ms=1000",
                "--spring.kafka.admin.properties.default.api.timeout.ms=1000",
                "--spring.kafka.producer.properties.max.block.ms=1500",
                "--vigie.intake.acknowledgement-timeout=2s",
                "--vigie.bootstrap.partner-key=" + PARTNER_KEY)) {
            var api = VigieApi.at(Integer.parseInt(app.getEnvironment().getProperty("local.server.port")));
            var report = SyntheticReports.report(SyntheticReports.uniqueId("down"), "Annonce pendant une panne");

            var response = api.postAsPartner(PARTNER_KEY, "/api/v1/reports", report);

            assertThat(response.status()).isEqualTo(503);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.headers().get("retry-after")).containsExactly("5");
            var jdbc = app.getBean(JdbcClient.class);
            assertThat(jdbc.sql("select count(*) from intake_submission").query(Long.class).single())
                    .as("the idempotency record rolled back with the failed send").isZero();
            assertThat(api.getAsPartner(PARTNER_KEY, "/api/v1/reports?externalId=" + report.get("externalId")).status())
                    .isEqualTo(404);

            // a batch is all or nothing too: its sends are awaited together, and none was acknowledged
            var batch = java.util.Map.of("reports", java.util.List.of(
                    SyntheticReports.report(SyntheticReports.uniqueId("down-batch"), "Premier du lot en panne"),
                    SyntheticReports.report(SyntheticReports.uniqueId("down-batch"), "Second du lot en panne")));
            var batchResponse = api.postAsPartner(PARTNER_KEY, "/api/v1/reports/batch", batch);
            assertThat(batchResponse.status()).isEqualTo(503);
            assertThat(jdbc.sql("select count(*) from intake_submission").query(Long.class).single())
                    .as("no idempotency record of the batch either").isZero();
        }
    }
}
