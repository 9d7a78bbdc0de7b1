package fr.vigie.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs one of {@code frontend/e2e/*.mjs} (playwright-core driving the system Chromium) against
 * the application on its random port, with the given environment, and fails the test with the
 * script's output if it does not exit 0. Skipped where Chromium is absent, except on CI.
 */
public final class BrowserScript {

    private static final Path FRONTEND = Path.of("..", "frontend").toAbsolutePath().normalize();
    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));

    private BrowserScript() {
    }

    /** @return the script's output (stdout and stderr) */
    public static String run(String script, int port, Map<String, String> environment)
            throws IOException, InterruptedException {
        if (System.getenv("CI") == null) {
            assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed at " + CHROMIUM);
        }
        Path screenshots = Files.createDirectories(Path.of("target", "e2e-screenshots")).toAbsolutePath();
        Path output = Files.createTempFile(Path.of("target"), "e2e-", ".log");
        var run = new ProcessBuilder(FRONTEND.resolve("target/node/node").toString(), "e2e/" + script)
                .directory(FRONTEND.toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        run.environment().put("BASE_URL", "http://127.0.0.1:" + port);
        run.environment().put("SCREENSHOT_DIR", screenshots.toString());
        run.environment().put("CHROMIUM_PATH", CHROMIUM.toString());
        run.environment().putAll(environment);
        var browser = run.start();
        boolean finished = browser.waitFor(150, TimeUnit.SECONDS);
        if (!finished) {
            browser.destroyForcibly();
        }
        String log = Files.readString(output, StandardCharsets.UTF_8);
        assertThat(finished).as("%s finished in time; output:%n%s", script, log).isTrue();
        assertThat(browser.exitValue()).as("%s output:%n%s", script, log).isZero();
        return log;
    }
}
