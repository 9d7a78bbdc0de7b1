package fr.vigie.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import org.springframework.jdbc.core.simple.JdbcClient;

import fr.vigie.support.VigieApi;

/**
 * The read side at volume: reports generated straight into PostgreSQL (not through intake, and
 * not indexed in Elasticsearch: search is not measured), a tenth of them open, then the queue's
 * first page, a page deep behind a cursor, the report page and the open counts, each timed over
 * repeated calls through the HTTP API as a signed-in worker (the counts also as SQL, next to the
 * count over every open row they replace).
 */
final class QueueReadBenchmark {

    private static final int CHUNK = 100_000;

    private QueueReadBenchmark() {
    }

    static Map<String, String> run(JdbcClient jdbc, VigieApi worker, int total) throws InterruptedException {
        var results = new LinkedHashMap<String, String>();
        int open = total / 10;
        long start = System.nanoTime();
        for (int from = 0; from < total; from += CHUNK) {
            int to = Math.min(total, from + CHUNK);
            jdbc.sql("""
                    insert into report (id, source_name, external_id, platform, platform_name, text, observed_at, received_at,
                        city, department, reporter_concern, priority, score, signals, status, fingerprint, processed_at, updated_at)
                    select gen_random_uuid(), 'mesure', 'gen-' || n, 'CLASSIFIED_AD', 'Annonces', 'Texte synthétique de mesure ' || n,
                        now() - (n % 365) * interval '1 day', now() - (n % 365) * interval '1 day' - (n % 86400) * interval '1 second',
                        'Lyon', lpad(((n % 95) + 1)::text, 2, '0'),
                        case when n % 50 = 0 then 'IMMEDIATE_DANGER' else 'HIGH' end,
                        'P' || (1 + (n * 7) % 4), (n * 37) % 100, '[]'::jsonb,
                        case when n % 10 = 0 then (case when n % 20 = 0 then 'IN_REVIEW' else 'NEW' end)
                             else (case when n % 3 = 0 then 'ACTIONED' else 'CLOSED' end) end,
                        md5(n::text), now(), now()
                    from generate_series(:from, :to - 1) as n""").param("from", from).param("to", to).update();
        }
        jdbc.sql("vacuum analyze report").update();
        Thread.sleep(3_000); // the counts' fold (every 2 s) has run
        results.put("Generated straight into PostgreSQL", "%,d reports, %,d open, in %.0f s".formatted(total, open,
                (System.nanoTime() - start) / 1e9));

        results.put("GET /api/v1/queue, first page (50)", timed(100, () -> ok(worker.get("/api/v1/queue?limit=50"))));
        String after = null;
        int depth = 0;
        for (int page = 0; page < 100; page++) { // 20,000 reports deep
            var body = ok(worker.get("/api/v1/queue?limit=200" + (after == null ? "" : "&after=" + after)));
            after = body.get("next").asString();
            depth += 200;
        }
        String deep = after;
        results.put("GET /api/v1/queue, page after " + "%,d".formatted(depth) + " (cursor, 50)",
                timed(100, () -> ok(worker.get("/api/v1/queue?limit=50&after=" + deep))));
        List<UUID> ids = jdbc.sql("select id from report where status in ('NEW', 'IN_REVIEW') order by random() limit 100")
                .query(UUID.class).list();
        var next = new int[1];
        results.put("GET /api/v1/reports/{id} (random open report)",
                timed(100, () -> ok(worker.get("/api/v1/reports/" + ids.get(next[0]++ % ids.size())))));
        results.put("Open counts per band (SQL, counts table + deltas)", timed(100, () -> jdbc.sql("""
                select priority, sum(n) from (select priority, n from queue_count union all select priority, n from queue_count_delta) c
                group by priority""").query().listOfRows()));
        results.put("Open counts per band (SQL, count of the open rows, as before)", timed(20, () -> jdbc.sql(
                "select priority, count(*) from report where status in ('NEW', 'IN_REVIEW') group by priority")
                .query().listOfRows()));
        return results;
    }

    private static tools.jackson.databind.JsonNode ok(VigieApi.Response response) {
        if (response.status() != 200) {
            throw new IllegalStateException("HTTP " + response.status());
        }
        return response.body();
    }

    /** Warms with a tenth of the calls, then p50/p95/p99 of {@code calls} sequential calls. */
    static String timed(int calls, Supplier<?> call) {
        for (int i = 0; i < Math.max(1, calls / 10); i++) {
            call.get();
        }
        var nanos = new ArrayList<Long>();
        for (int i = 0; i < calls; i++) {
            long begin = System.nanoTime();
            call.get();
            nanos.add(System.nanoTime() - begin);
        }
        return percentiles(nanos);
    }

    static String percentiles(List<Long> nanos) {
        var sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        if (sorted.isEmpty()) {
            return "no sample";
        }
        return "p50 %.1f ms, p95 %.1f ms, p99 %.1f ms (%d samples)".formatted(at(sorted, 0.50), at(sorted, 0.95),
                at(sorted, 0.99), sorted.size());
    }

    private static double at(List<Long> sorted, double q) {
        return sorted.get(Math.min(sorted.size() - 1, (int) (sorted.size() * q))) / 1e6;
    }

    static int random(int bound) {
        return ThreadLocalRandom.current().nextInt(bound);
    }
}
