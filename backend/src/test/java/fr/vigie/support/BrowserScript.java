package fr.vigie.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs one of {@code frontend/e2e/*.e2e.mjs} (playwright-core driving Debian's Chromium) with
 * the front end's own Node against a test's application, and fails the test with the script's
 * output unless it exits with 0. Screenshots go to {@code target/e2e-screenshots}.
 */
public final class BrowserScript {

    private static final Path FRONTEND = Path.of("..", "frontend").toAbsolutePath().normalize();
    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));
    // a guard against a hung browser, not a timing test: the layout story visits every page at two widths and took
    // more than 150 s with two test JVMs on a loaded 2-core machine
    private static final long TIMEOUT_SECONDS = 300;

    private final String script;
    private final Map<String, String> environment = new LinkedHashMap<>();

    private BrowserScript(String script) {
        this.script = script;
    }

    /** A script of {@code frontend/e2e}, e.g. {@code "queue.e2e.mjs"}. */
    public static BrowserScript of(String script) {
        return new BrowserScript(script);
    }

    /** Signs in as the bootstrap administrator (who also holds the worker and coordinator roles). */
    public BrowserScript against(int port) {
        return with("BASE_URL", "http://127.0.0.1:" + port)
                .with("VIGIE_USERNAME", "admin")
                .with("VIGIE_PASSWORD", EmbeddedServersTest.ADMIN_PASSWORD);
    }

    public BrowserScript with(String name, String value) {
        environment.put(name, value);
        return this;
    }

    /** Skips the test when Chromium is missing, except on CI (there it is installed by .ci/run). */
    public static void assumeBrowser() {
        if (System.getenv("CI") == null) {
            assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed at " + CHROMIUM);
        }
    }

    /** Runs the script and asserts it succeeded; returns its output. */
    public String runsSuccessfully() throws IOException, InterruptedException {
        assumeBrowser();
        Path screenshots = Files.createDirectories(Path.of("target", "e2e-screenshots")).toAbsolutePath();
        Path output = Files.createTempFile(Path.of("target"), "e2e-", ".log");
        var run = new ProcessBuilder(FRONTEND.resolve("target/node/node").toString(), "e2e/" + script)
                .directory(FRONTEND.toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        run.environment().put("SCREENSHOT_DIR", screenshots.toString());
        run.environment().put("CHROMIUM_PATH", CHROMIUM.toString());
        run.environment().putAll(environment);
        var browser = run.start();
        boolean finished = browser.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        if (!finished) {
            browser.destroyForcibly();
            browser.waitFor(10, TimeUnit.SECONDS);
        }
        String log = Files.readString(output, StandardCharsets.UTF_8);
        assertThat(finished).as("%s finished in time; output:%n%s", script, log).isTrue();
        assertThat(browser.exitValue()).as("%s output:%n%s", script, log).isZero();
        return log;
    }
}
