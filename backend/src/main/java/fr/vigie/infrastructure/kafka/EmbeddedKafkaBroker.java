package fr.vigie.infrastructure.kafka;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.Feature;
import org.apache.kafka.server.common.MetadataVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A single-node KRaft Kafka (broker and controller in one) running in this JVM, with its logs
 * under one directory that survives restarts: the storage is formatted on the first start only,
 * and later starts reuse the cluster id recorded in it (a new id on existing storage is refused
 * by Kafka).
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedKafkaBroker.class);
    private static final int NODE_ID = 1;

    private final KafkaRaftServer server;
    private final String bootstrapServers;

    private EmbeddedKafkaBroker(KafkaRaftServer server, String bootstrapServers) {
        this.server = server;
        this.bootstrapServers = bootstrapServers;
    }

    /** Formats the storage if needed and starts the broker; returns once it accepts clients. */
    public static EmbeddedKafkaBroker start(Path dir, int port, int controllerPort) {
        long started = System.nanoTime();
        var logDir = dir.resolve("logs");
        var metadataDir = dir.resolve("metadata");
        var properties = brokerProperties(logDir, metadataDir, port, controllerPort);
        try {
            Files.createDirectories(logDir);
            Files.createDirectories(metadataDir);
            format(logDir, metadataDir);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot format the embedded Kafka storage in " + dir, e);
        }
        var server = new KafkaRaftServer(new KafkaConfig(properties, false), Time.SYSTEM);
        try {
            server.startup();
        } catch (RuntimeException e) {
            // A half-started server keeps non-daemon threads and the directory lock.
            server.shutdown();
            server.awaitShutdown();
            throw e;
        }
        String bootstrap = "127.0.0.1:" + port;
        log.info("Embedded Kafka up on {} (data in {}) in {} ms", bootstrap, dir, (System.nanoTime() - started) / 1_000_000);
        return new EmbeddedKafkaBroker(server, bootstrap);
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    @Override
    public void close() {
        log.info("Stopping embedded Kafka");
        server.shutdown();
        server.awaitShutdown();
    }

    private static Properties brokerProperties(Path logDir, Path metadataDir, int port, int controllerPort) {
        var properties = new Properties();
        try (InputStream in = EmbeddedKafkaBroker.class.getResourceAsStream("/kafka/broker.properties")) {
            if (in == null) {
                throw new IllegalStateException("kafka/broker.properties is missing from the classpath");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        properties.put("node.id", String.valueOf(NODE_ID));
        properties.put("process.roles", "broker,controller");
        properties.put("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        properties.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        properties.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        properties.put("controller.listener.names", "CONTROLLER");
        properties.put("inter.broker.listener.name", "PLAINTEXT");
        // A static voter set survives restarts with new ports better than a dynamic quorum.
        properties.put("controller.quorum.voters", NODE_ID + "@127.0.0.1:" + controllerPort);
        properties.put("log.dirs", logDir.toString());
        // A separate metadata directory makes a second process on the same data fail fast on its
        // lock instead of damaging the cluster metadata.
        properties.put("metadata.log.dir", metadataDir.toString());
        return properties;
    }

    private static void format(Path logDir, Path metadataDir) throws Exception {
        var output = new ByteArrayOutputStream();
        new Formatter()
                .setPrintStream(new PrintStream(output, true, StandardCharsets.UTF_8))
                .setNodeId(NODE_ID)
                .setClusterId(existingClusterId(metadataDir, logDir))
                .setDirectories(List.of(logDir.toString(), metadataDir.toString()))
                .setMetadataLogDirectory(metadataDir.toString())
                .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
                .setSupportedFeatures(Feature.PRODUCTION_FEATURES)
                .setControllerListenerName("CONTROLLER")
                .setIgnoreFormatted(true)
                .run();
        log.debug("Kafka storage: {}", output.toString(StandardCharsets.UTF_8).strip());
    }

    private static String existingClusterId(Path... dirs) throws IOException {
        for (Path dir : dirs) {
            var meta = dir.resolve("meta.properties");
            if (Files.exists(meta)) {
                var properties = new Properties();
                try (var in = Files.newInputStream(meta)) {
                    properties.load(in);
                }
                String id = properties.getProperty("cluster.id");
                if (id != null && !id.isBlank()) {
                    return id;
                }
            }
        }
        return Uuid.randomUuid().toString();
    }
}
