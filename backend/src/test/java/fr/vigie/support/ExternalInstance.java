package fr.vigie.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import fr.vigie.infrastructure.FreePorts;

/**
 * One more Vigie instance, in a JVM of its own (the jar this build made), pointed at servers it
 * did not start: nothing it keeps in memory can be seen by the test's own instance, and it can be
 * killed as a machine kills a process ({@code kill -9}).
 */
public final class ExternalInstance implements AutoCloseable {

    private final Process process;
    private final Path log;
    private final int port;

    private ExternalInstance(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /** Starts the jar with these arguments (Spring properties, {@code --name=value}) and waits until healthy. */
    public static ExternalInstance start(Path log, List<String> arguments) {
        Path jar = Path.of("target", "vigie.jar").toAbsolutePath();
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: integration tests run after the package phase");
        }
        int port = FreePorts.orFree(0);
        var command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m", "-XX:TieredStopAtLevel=1", "--enable-native-access=ALL-UNNAMED",
                "--sun-misc-unsafe-memory-access=allow", "-jar", jar.toString(), "--server.port=" + port));
        command.addAll(arguments);
        try {
            var process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            var instance = new ExternalInstance(process, log, port);
            instance.awaitHealthy(Duration.ofSeconds(180));
            return instance;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return port;
    }

    public Path log() {
        return log;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** {@code kill -9}: no shutdown hook, nothing let go. */
    public void kill() {
        process.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void awaitHealthy(Duration patience) {
        var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Vigie exited with " + process.exitValue() + " while starting; see " + log);
            }
            try {
                var status = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                        .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        kill();
        throw new IllegalStateException("Vigie not healthy after " + patience.toSeconds() + " s; see " + log);
    }

    /** Whatever happened in the test, the process does not outlive it. */
    @Override
    public void close() {
        if (process.isAlive()) {
            kill();
        }
    }
}
