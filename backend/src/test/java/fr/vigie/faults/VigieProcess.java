package fr.vigie.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Vigie as its users run it: the jar built by this Maven run, in a process of its own, with its
 * embedded servers in one data directory. What the fault tests do to it is what a machine does:
 * {@code kill -9} of the whole process tree (the JVM, and the embedded PostgreSQL it started,
 * which runs outside the JVM's tree once started by pg_ctl), or a SIGTERM.
 */
final class VigieProcess implements AutoCloseable {

    static final String ADMIN_PASSWORD = "fault-admin-password-7391";
    static final String PARTNER_KEY = "fault-partner-key-0123456789";
    private static final Pattern METRIC = Pattern.compile("(?m)^vigie_intake_consumer_lag_records\\{[^}]*\\} (-?[0-9.E]+)$");

    private final Path dataDir;
    private final Path log;
    private final int port;
    private final int kafkaPort;
    private final Process process;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private VigieProcess(Path dataDir, Path log, int port, int kafkaPort, Process process) {
        this.dataDir = dataDir;
        this.log = log;
        this.port = port;
        this.kafkaPort = kafkaPort;
        this.process = process;
    }

    /** Starts the jar on {@code dataDir} and returns once it answers as healthy (or fails: start refused). */
    static VigieProcess start(Path dataDir, String name) {
        Path jar = Path.of("target", "vigie.jar").toAbsolutePath();
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: the fault tests run after the package phase");
        }
        int port = freePort();
        int kafkaPort = freePort();
        Path log = dataDir.resolveSibling(dataDir.getFileName() + "-" + name + ".log");
        var command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-XX:TieredStopAtLevel=1", "--enable-native-access=ALL-UNNAMED",
                "--sun-misc-unsafe-memory-access=allow", "-da:org.elasticsearch...",
                "-jar", jar.toString(),
                "--server.port=" + port,
                "--vigie.data-dir=" + dataDir,
                "--vigie.embedded.kafka.port=" + kafkaPort,
                "--vigie.bootstrap.admin-password=" + ADMIN_PASSWORD,
                "--vigie.bootstrap.partner-key=" + PARTNER_KEY,
                "--vigie.partners.rate-limit.requests-per-minute=1000000",
                "--logging.level.root=INFO");
        try {
            var process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            var vigie = new VigieProcess(dataDir, log, port, kafkaPort, process);
            // a first start (initdb with fsync, Kafka's format, Elasticsearch) takes 30 s on a quiet
            // machine and three minutes on a loaded one: the suite measures durability, not start-up time
            vigie.awaitHealthy(Duration.ofSeconds(Long.getLong("vigie.faults.start-patience-seconds", 420)));
            return vigie;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int port() {
        return port;
    }

    String kafkaBootstrap() {
        return "127.0.0.1:" + kafkaPort;
    }

    Path log() {
        return log;
    }

    String logText() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitHealthy(Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Vigie exited with " + process.exitValue() + " while starting; see " + log);
            }
            if (status("/actuator/health") == 200) {
                return;
            }
            sleep(Duration.ofMillis(500));
        }
        throw new IllegalStateException("Vigie not healthy after " + patience.toSeconds() + " s; see " + log);
    }

    /** The HTTP status of a GET, or -1 when nothing answers. */
    int status(String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** {@code vigie_intake_consumer_lag_records}, or empty while it cannot be read. */
    Optional<Double> intakeLag() {
        try {
            var body = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/prometheus"))
                    .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
            var matcher = METRIC.matcher(body);
            return matcher.find() ? Optional.of(Double.parseDouble(matcher.group(1))) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** Waits until processing has taken every committed intake record (lag 0 twice in a row). */
    void awaitDrained(Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        int zeros = 0;
        while (System.nanoTime() < deadline) {
            if (intakeLag().filter(lag -> lag == 0.0).isPresent()) {
                if (++zeros == 2) {
                    return;
                }
            } else {
                zeros = 0;
            }
            sleep(Duration.ofSeconds(3));
        }
        throw new IllegalStateException("intake not drained after " + patience.toSeconds() + " s (lag "
                + intakeLag().orElse(Double.NaN) + ")");
    }

    /** A connection to the embedded PostgreSQL, as an operator with the data directory would open one. */
    Connection database() throws SQLException {
        try {
            var pid = Files.readAllLines(dataDir.resolve("postgres").resolve("postmaster.pid"));
            String password = Files.readString(dataDir.resolve("postgres.password")).strip();
            return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + pid.get(3).strip() + "/postgres",
                    "postgres", password);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@code kill -9} of everything Vigie runs: the JVM, its children, and the embedded
     * PostgreSQL with its backends, all at once, as an out-of-memory kill of the container does.
     */
    void killWholeTree() {
        var victims = new ArrayList<ProcessHandle>();
        victims.add(process.toHandle());
        process.toHandle().descendants().forEach(victims::add);
        postmaster().ifPresent(postgres -> {
            victims.add(postgres);
            postgres.descendants().forEach(victims::add);
        });
        victims.forEach(ProcessHandle::destroyForcibly);
        for (var victim : victims) {
            victim.onExit().orTimeout(30, TimeUnit.SECONDS).join();
        }
    }

    /**
     * {@code kill -9} of the JVM alone (and its own children): the embedded PostgreSQL, started
     * through pg_ctl, lives on as an orphan holding the data directory.
     */
    void killJvmOnly() {
        var victims = new ArrayList<ProcessHandle>();
        victims.add(process.toHandle());
        process.toHandle().descendants().forEach(victims::add);
        victims.forEach(ProcessHandle::destroyForcibly);
        for (var victim : victims) {
            victim.onExit().orTimeout(30, TimeUnit.SECONDS).join();
        }
    }

    /** SIGTERM, as {@code docker stop} or systemd sends it; returns the exit code. */
    int terminate(Duration patience) {
        process.destroy();
        try {
            if (!process.waitFor(patience.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("Vigie did not stop within " + patience.toSeconds() + " s of SIGTERM");
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    boolean postgresRunning() {
        return postmaster().isPresent();
    }

    private Optional<ProcessHandle> postmaster() {
        Path pidFile = dataDir.resolve("postgres").resolve("postmaster.pid");
        try {
            if (!Files.exists(pidFile)) {
                return Optional.empty();
            }
            long pid = Long.parseLong(Files.readAllLines(pidFile).getFirst().strip());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                    .filter(p -> p.info().command().orElse("").endsWith("/postgres"));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Whatever happened in the test, nothing of it keeps running. */
    @Override
    public void close() {
        if (process.isAlive() || postgresRunning()) {
            killWholeTree();
        }
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
