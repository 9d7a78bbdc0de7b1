package fr.vigie.faults;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import fr.vigie.support.SyntheticReports;

/**
 * Partners sending reports as fast as the server answers, singly and in batches, each report with
 * an external id of its own. Keeps what a partner would keep: the external ids whose answer said
 * "kept" (202, or a batch item ACCEPTED / UPDATED / DUPLICATE), and every status code it got.
 */
final class PartnerLoad implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final int port;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final ExecutorService senders;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    private final Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
    private final Map<Integer, String> example = new ConcurrentHashMap<>();
    private final LongAdder unanswered = new LongAdder();
    private final AtomicInteger sequence = new AtomicInteger();
    private final String run;

    private PartnerLoad(int port, int singleSenders, int batchSenders, int batchSize, String run) {
        this.port = port;
        this.run = run;
        this.senders = Executors.newFixedThreadPool(singleSenders + batchSenders);
        for (int i = 0; i < singleSenders; i++) {
            senders.submit(() -> loop(1));
        }
        for (int i = 0; i < batchSenders; i++) {
            senders.submit(() -> loop(batchSize));
        }
    }

    static PartnerLoad start(int port, int singleSenders, int batchSenders, int batchSize, String run) {
        return new PartnerLoad(port, singleSenders, batchSenders, batchSize, run);
    }

    private void loop(int size) {
        while (running.get()) {
            var reports = new ArrayList<Map<String, Object>>(size);
            for (int i = 0; i < size; i++) {
                reports.add(SyntheticReports.report(run + "-" + sequence.incrementAndGet(),
                        "Annonce fictive de test de panne numéro " + sequence.get() + ", disponible ce soir"));
            }
            send(reports);
        }
    }

    private void send(List<Map<String, Object>> reports) {
        boolean single = reports.size() == 1;
        Object body = single ? reports.getFirst() : Map.of("reports", reports);
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + (single ? "/api/v1/reports" : "/api/v1/reports/batch")))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + VigieProcess.PARTNER_KEY)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            unanswered.increment();
            VigieProcess.sleep(Duration.ofMillis(200)); // the server is gone or going: do not spin
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        statuses.computeIfAbsent(response.statusCode(), s -> new LongAdder()).increment();
        example.putIfAbsent(response.statusCode(), response.body().length() > 300 ? response.body().substring(0, 300)
                : response.body());
        if (single && response.statusCode() == 202) {
            acknowledged.add((String) reports.getFirst().get("externalId"));
        } else if (!single && response.statusCode() == 200) {
            JsonNode results = JSON.readTree(response.body()).get("results");
            for (JsonNode result : results) {
                String outcome = result.get("outcome").asString();
                if (!outcome.equals("INVALID")) {
                    acknowledged.add(result.get("externalId").asString());
                }
            }
        }
    }

    Set<String> acknowledged() {
        return Set.copyOf(acknowledged);
    }

    Map<Integer, Long> statuses() {
        var copy = new java.util.TreeMap<Integer, Long>();
        statuses.forEach((status, count) -> copy.put(status, count.sum()));
        return copy;
    }

    String exampleBody(int status) {
        return example.get(status);
    }

    long unanswered() {
        return unanswered.sum();
    }

    /** Stops sending and waits for the calls in flight to end. */
    @Override
    public void close() {
        running.set(false);
        senders.shutdown();
        try {
            if (!senders.awaitTermination(60, TimeUnit.SECONDS)) {
                senders.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
