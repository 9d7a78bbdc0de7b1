package fr.vigie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import fr.vigie.support.SyntheticReports;
import fr.vigie.support.VigieApi;
import fr.vigie.triage.ReportRegistry;

/**
 * Stop Vigie and start it again on the same data directory: the report is still there, the
 * embedded servers reuse their data, and nothing already processed is processed again.
 */
class RestartIT {

    private static final String ADMIN_PASSWORD = "restart-admin-password-1";
    private static final String PARTNER_KEY = "restart-partner-key-0123456789";

    @Test
    void reportsSurviveARestartAndAreNotReprocessed() throws Exception {
        Path dataDir = Files.createTempDirectory(Files.createDirectories(Path.of("target", "it-data")), "restart-");
        UUID id;
        try (var first = start(dataDir)) {
            var accepted = api(first).postAsPartner(PARTNER_KEY, "/api/v1/reports",
                    SyntheticReports.report(SyntheticReports.uniqueId("restart"), "Annonce gardée après redémarrage"));
            assertThat(accepted.status()).isEqualTo(202);
            id = UUID.fromString(accepted.body().get("id").asString());
            var registry = first.getBean(ReportRegistry.class);
            await().atMost(Duration.ofSeconds(30)).until(() -> registry.deliveries(id) == 1);
        }

        try (var second = start(dataDir)) {
            var worker = api(second);
            assertThat(worker.login("admin", ADMIN_PASSWORD).status()).isEqualTo(200);
            var items = worker.get("/api/v1/queue").body().get("items");
            assertThat(items.valueStream().map(i -> i.get("id").asString())).contains(id.toString());

            // Once the processing group's committed offsets reach the end of the intake topic, any
            // redelivery would already have happened: the report must still count one delivery.
            var meters = second.getBean(MeterRegistry.class);
            await().atMost(Duration.ofSeconds(30)).until(() -> meters.get("vigie.intake.consumer.lag").gauge().value() == 0.0);
            assertThat(second.getBean(ReportRegistry.class).deliveries(id)).isEqualTo(1);
        }
    }

    private static ConfigurableApplicationContext start(Path dataDir) {
        // Command-line arguments: they take precedence over application.yaml, as for a real start.
        return new SpringApplicationBuilder(VigieApplication.class).run(
                "--vigie.data-dir=" + dataDir,
                "--server.port=0",
                "--vigie.bootstrap.admin-password=" + ADMIN_PASSWORD,
                "--vigie.bootstrap.partner-key=" + PARTNER_KEY);
    }

    private static VigieApi api(ConfigurableApplicationContext context) {
        return VigieApi.at(Integer.parseInt(context.getEnvironment().getProperty("local.server.port")));
    }
}
