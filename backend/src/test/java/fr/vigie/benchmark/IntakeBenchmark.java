package fr.vigie.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.tools.ProducerPerformance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.vigie.VigieApplication;
import fr.vigie.support.VigieApi;

/**
 * Intake and processing throughput of Vigie against the raw limits of the engines beneath, in
 * one run on one machine: Kafka's own ProducerPerformance (1 KB records, acks=all, idempotent),
 * Elasticsearch bulk indexing, then Vigie's partner API (single reports and batches) and the
 * processing pipeline behind it. Prints a table. See docs/performance.md for how to run it.
 * <p>
 * Arguments (optional): number of single reports (default 3000), number of batches of 500
 * (default 6), HTTP client threads (default 8).
 */
public final class IntakeBenchmark {

    private static final String KEY = "benchmark-partner-key-0123456789";
    private static final String FILLER = " Texte synthétique de mesure, sans personne réelle, répété pour atteindre un kilo-octet.";

    public static void main(String[] args) throws Exception {
        int singles = args.length > 0 ? Integer.parseInt(args[0]) : 3000;
        int batches = args.length > 1 ? Integer.parseInt(args[1]) : 6;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        Path dataDir = Files.createTempDirectory("vigie-benchmark-");
        var results = new LinkedHashMap<String, String>();
        try (var app = new SpringApplicationBuilder(VigieApplication.class).run("--vigie.data-dir=" + dataDir,
                "--server.port=0", "--vigie.bootstrap.partner-key=" + KEY,
                "--vigie.partners.rate-limit.requests-per-minute=10000000", "--logging.level.root=WARN")) {
            String bootstrap = String.join(",", app.getBean(KafkaConnectionDetails.class).getBootstrapServers());
            int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
            var jdbc = app.getBean(JdbcClient.class);

            results.put("Kafka ProducerPerformance (raw, 50,000 × 1 KB, acks=all)", kafkaRaw(bootstrap));
            results.put("Elasticsearch bulk indexing (raw, 20,000 × 1 KB docs)", elasticsearchRaw(app.getBean(ElasticsearchClient.class)));

            long before = reports(jdbc);
            var single = singles(port, singles, threads);
            results.put("Vigie POST /api/v1/reports (" + singles + " reports, " + threads + " clients)", single);
            var batch = batches(port, batches);
            results.put("Vigie POST /api/v1/reports/batch (" + batches + " × 500)", batch);
            long expected = before + singles + (long) batches * 500;
            long start = System.nanoTime();
            while (reports(jdbc) < expected && System.nanoTime() - start < TimeUnit.MINUTES.toNanos(10)) {
                Thread.sleep(200);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            results.put("Processing drained after the last acknowledgement", "%.1f s (%d reports stored and indexed)".formatted(
                    seconds, reports(jdbc) - before));
        }
        System.out.println();
        System.out.println("| measure | result |");
        System.out.println("| --- | --- |");
        results.forEach((k, v) -> System.out.println("| " + k + " | " + v + " |"));
    }

    private static String kafkaRaw(String bootstrap) throws Exception {
        try (var admin = AdminClient.create(Map.of("bootstrap.servers", bootstrap))) {
            admin.createTopics(List.of(new NewTopic("benchmark.raw", 3, (short) 1))).all().get();
        }
        var out = new java.io.ByteArrayOutputStream();
        var original = System.out;
        System.setOut(new java.io.PrintStream(out, true));
        try {
            ProducerPerformance.main(new String[] { "--topic", "benchmark.raw", "--num-records", "50000", "--record-size",
                    "1024", "--throughput", "-1", "--producer-props", "bootstrap.servers=" + bootstrap, "acks=all",
                    "enable.idempotence=true", "batch.size=131072", "linger.ms=10" });
        } finally {
            System.setOut(original);
        }
        var lines = out.toString().strip().split("\n");
        return lines[lines.length - 1].strip();
    }

    private static String elasticsearchRaw(ElasticsearchClient client) throws Exception {
        client.indices().create(c -> c.index("benchmark-raw").settings(s -> s.numberOfShards("1").numberOfReplicas("0")));
        String text = FILLER.repeat(12);
        long start = System.nanoTime();
        for (int b = 0; b < 20; b++) {
            var bulk = new BulkRequest.Builder();
            for (int i = 0; i < 1000; i++) {
                int n = b * 1000 + i;
                bulk.operations(o -> o.index(x -> x.index("benchmark-raw").id(String.valueOf(n)).document(Map.of("text", text, "n", n))));
            }
            client.bulk(bulk.build());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return "%.0f docs/s".formatted(20_000 / seconds);
    }

    private static String singles(int port, int count, int threads) throws Exception {
        var latencies = new ConcurrentLinkedQueue<Long>();
        var failures = new AtomicInteger();
        long start = System.nanoTime();
        try (var pool = Executors.newFixedThreadPool(threads)) {
            for (int t = 0; t < threads; t++) {
                int thread = t;
                pool.submit(() -> {
                    var api = VigieApi.at(port);
                    for (int i = thread; i < count; i += threads) {
                        long begin = System.nanoTime();
                        var response = api.postAsPartner(KEY, "/api/v1/reports", report("single-" + i));
                        latencies.add(System.nanoTime() - begin);
                        if (response.status() != 202) {
                            failures.incrementAndGet();
                        }
                    }
                });
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        var sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        return "%.0f reports/s, p50 %.1f ms, p99 %.1f ms, %d not 202".formatted(count / seconds,
                sorted.get(sorted.size() / 2) / 1e6, sorted.get((int) (sorted.size() * 0.99)) / 1e6, failures.get());
    }

    private static String batches(int port, int count) {
        var api = VigieApi.at(port);
        long start = System.nanoTime();
        for (int b = 0; b < count; b++) {
            var items = new ArrayList<Map<String, Object>>();
            for (int i = 0; i < 500; i++) {
                items.add(report("batch-" + b + "-" + i));
            }
            api.postAsPartner(KEY, "/api/v1/reports/batch", Map.of("reports", items));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return "%.0f reports/s".formatted(count * 500 / seconds);
    }

    private static Map<String, Object> report(String externalId) {
        var report = new LinkedHashMap<String, Object>();
        report.put("externalId", externalId);
        report.put("platform", "CLASSIFIED_AD");
        report.put("text", "Annonce " + externalId + "." + FILLER.repeat(11));
        report.put("observedAt", Instant.now().minusSeconds(60).toString());
        return report;
    }

    private static long reports(JdbcClient jdbc) {
        return jdbc.sql("select count(*) from report").query(Long.class).single();
    }
}
