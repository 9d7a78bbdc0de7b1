package fr.vigie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import fr.vigie.support.EmbeddedServersTest;
import fr.vigie.support.SyntheticReports;

/**
 * A person in a real browser: logs in and sees the report a partner just sent in the queue.
 * Runs {@code frontend/e2e/queue.e2e.mjs} (playwright-core driving Debian's Chromium) against
 * this test's application on its random port.
 */
class BrowserIT extends EmbeddedServersTest {

    private static final Path FRONTEND = Path.of("..", "frontend").toAbsolutePath().normalize();
    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));

    @Test
    void aWorkerLogsInAndSeesTheReportInTheQueue() throws Exception {
        // On CI the browser is installed by .ci/run: there its absence is a failure, not a skip.
        if (System.getenv("CI") == null) {
            assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed at " + CHROMIUM);
        }
        String externalId = SyntheticReports.uniqueId("browser");
        var accepted = api().postAsPartner(PARTNER_KEY, "/api/v1/reports",
                SyntheticReports.report(externalId, "Annonce vue dans le navigateur, 16 ans"));
        assertThat(accepted.status()).isEqualTo(202);

        Path screenshots = Files.createDirectories(Path.of("target", "e2e-screenshots")).toAbsolutePath();
        Path output = Files.createTempFile(Path.of("target"), "e2e-", ".log");
        var run = new ProcessBuilder(FRONTEND.resolve("target/node/node").toString(), "e2e/queue.e2e.mjs")
                .directory(FRONTEND.toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        run.environment().put("BASE_URL", "http://127.0.0.1:" + port);
        run.environment().put("VIGIE_USERNAME", "admin");
        run.environment().put("VIGIE_PASSWORD", ADMIN_PASSWORD);
        run.environment().put("EXPECT_TEXT", "Annonces-" + externalId);
        run.environment().put("SCREENSHOT_DIR", screenshots.toString());
        run.environment().put("CHROMIUM_PATH", CHROMIUM.toString());
        var browser = run.start();
        boolean finished = browser.waitFor(150, TimeUnit.SECONDS);
        if (!finished) {
            browser.destroyForcibly();
        }
        String log = Files.readString(output, StandardCharsets.UTF_8);
        assertThat(finished).as("browser test finished in time; output:%n%s", log).isTrue();
        assertThat(browser.exitValue()).as("browser test output:%n%s", log).isZero();
    }
}
