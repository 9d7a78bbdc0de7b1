package fr.vigie.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import fr.vigie.identity.UserAccounts;
import fr.vigie.triage.ReportRegistry;

/**
 * Base of the integration tests that run against the real embedded PostgreSQL, Kafka and
 * Elasticsearch. Every subclass shares one Spring context (same configuration), hence one set
 * of servers, on free ports and a temporary data directory.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class EmbeddedServersTest {

    public static final String ADMIN_PASSWORD = "test-admin-password-42";
    public static final String PARTNER_KEY = "test-partner-key-0123456789";

    private static final Path DATA_DIR = temporaryDataDir();

    @LocalServerPort
    protected int port;

    @Autowired
    protected ReportRegistry reports;

    @DynamicPropertySource
    static void embeddedServers(DynamicPropertyRegistry registry) {
        registry.add("vigie.data-dir", DATA_DIR::toString);
        registry.add("vigie.bootstrap.admin-password", () -> ADMIN_PASSWORD);
        registry.add("vigie.bootstrap.partner-key", () -> PARTNER_KEY);
        // webhook receivers of the tests listen on 127.0.0.1; retries in seconds rather than hours
        registry.add("vigie.webhooks.allow-loopback", () -> "true");
        registry.add("vigie.webhooks.first-retry-after", () -> "300ms");
        registry.add("vigie.webhooks.max-retry-delay", () -> "1s");
        registry.add("vigie.webhooks.give-up-after", () -> "6s");
        registry.add("vigie.webhooks.poll-every", () -> "200ms");
        registry.add("vigie.webhooks.response-timeout", () -> "3s");
    }

    @Autowired
    private UserAccounts accountsForBench;

    protected VigieApi api() {
        return VigieApi.at(port);
    }

    /** People signed in to this test's server, and reports sent and processed. */
    protected Workbenches bench() {
        return new Workbenches(port, accountsForBench, reports);
    }

    private static Path temporaryDataDir() {
        try {
            // Under target/: removed by "mvn clean", never shared between two runs.
            Path parent = Files.createDirectories(Path.of("target", "it-data"));
            return Files.createTempDirectory(parent, "shared-").toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
