package fr.vigie.infrastructure.elasticsearch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.elasticsearch.common.logging.LogConfigurator;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.http.HttpServerTransport;
import org.elasticsearch.node.VigieEmbeddedNode;
import org.elasticsearch.transport.netty4.Netty4Plugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import fr.vigie.infrastructure.elasticsearch.plugin.FrenchAnalysisPlugin;
import fr.vigie.infrastructure.elasticsearch.plugin.RootInfoPlugin;

/**
 * An Elasticsearch node in this JVM, reachable only over HTTP on loopback, exactly like an
 * external cluster: the application talks to it through the Java client and never through this
 * class. Data in one directory, kept across restarts.
 */
public final class EmbeddedElasticsearch implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedElasticsearch.class);

    private final VigieEmbeddedNode node;
    private final int httpPort;

    private EmbeddedElasticsearch(VigieEmbeddedNode node, int httpPort) {
        this.node = node;
        this.httpPort = httpPort;
    }

    public static EmbeddedElasticsearch start(Path dir, int httpPort) {
        long started = System.nanoTime();
        try {
            Files.createDirectories(dir.resolve("data"));
            Files.createDirectories(dir.resolve("home"));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot create " + dir, e);
        }
        LogConfigurator.configureESLogging();
        Settings settings = Settings.builder()
                .put("path.home", dir.resolve("home").toString())
                .put("path.data", dir.resolve("data").toString())
                .put("cluster.name", "vigie-embedded")
                .put("node.name", "vigie-embedded")
                .put("discovery.type", "single-node")
                .put("network.host", "127.0.0.1")
                .put("http.port", String.valueOf(httpPort))
                .put("transport.port", "0")
                .put("http.type", "netty4")
                .put("transport.type", "netty4")
                // A developer's nearly full disk must not turn the index read-only under them.
                .put("cluster.routing.allocation.disk.threshold_enabled", false)
                .put("action.auto_create_index", false)
                .build();
        var node = VigieEmbeddedNode.create(settings,
                List.of(Netty4Plugin.class, FrenchAnalysisPlugin.class, RootInfoPlugin.class));
        try {
            node.start();
        } catch (Exception e) {
            try {
                node.close();
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw new IllegalStateException("Embedded Elasticsearch did not start", e);
        }
        int port = node.injector().getInstance(HttpServerTransport.class).boundAddress().publishAddress().getPort();
        log.info("Embedded Elasticsearch up on http://127.0.0.1:{} (data in {}) in {} ms", port, dir,
                (System.nanoTime() - started) / 1_000_000);
        return new EmbeddedElasticsearch(node, port);
    }

    public int httpPort() {
        return httpPort;
    }

    @Override
    public void close() throws IOException {
        log.info("Stopping embedded Elasticsearch");
        node.close();
        try {
            node.awaitClose(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
