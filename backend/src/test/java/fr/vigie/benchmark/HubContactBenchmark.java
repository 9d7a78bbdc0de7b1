package fr.vigie.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;

import fr.vigie.VigieApplication;
import fr.vigie.identity.Role;
import fr.vigie.identity.UserAccounts;
import fr.vigie.support.VigieApi;

/**
 * Does a hub contact make every new report cost more (issue 15, item 6)? Starts Vigie with
 * everything embedded on a temporary data directory, makes one synthetic phone number hot (as if
 * seen in a P1 report), then, round after round, submits a batch of reports that all show it with
 * processing paused, resumes processing and times the drain: the hub grows by one batch per round
 * (0 → 2,500 reports), and the per-report time should stay flat. Then times the network view of
 * the hub ({@code GET /api/v1/contacts/{hub}/network}, first page of 50) at that size.
 * <p>
 * Arguments (optional): rounds (default 5), reports per round (default 500). Not run by CI (not a
 * timed test). See docs/performance.md.
 */
public final class HubContactBenchmark {

    private static final String KEY = "benchmark-partner-key-0123456789";
    private static final String HUB = "06 39 98 00 42";
    private static final String HUB_E164 = "+33639980042";

    private HubContactBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int perRound = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        Path dataDir = Files.createTempDirectory("vigie-hub-benchmark-");
        var results = new LinkedHashMap<String, String>();
        try (var app = new SpringApplicationBuilder(VigieApplication.class).run("--vigie.data-dir=" + dataDir,
                "--server.port=0", "--vigie.bootstrap.partner-key=" + KEY,
                "--vigie.partners.rate-limit.requests-per-minute=10000000", "--logging.level.root=WARN")) {
            int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
            var jdbc = app.getBean(JdbcClient.class);
            var processing = app.getBean(KafkaListenerEndpointRegistry.class).getListenerContainer("vigie-processing");
            // hot, as after a P1 report showing it: every new report showing it takes the network rule's path
            jdbc.sql("insert into hot_contact (contact) values (:c) on conflict do nothing").param("c", HUB_E164).update();
            var api = VigieApi.at(port);
            for (int round = 0; round < rounds; round++) {
                long hubBefore = hub(jdbc);
                processing.pause();
                Thread.sleep(1_000);
                long before = reports(jdbc);
                submit(api, round, perRound);
                long startDrain = System.nanoTime();
                processing.resume();
                while (reports(jdbc) < before + perRound && System.nanoTime() - startDrain < TimeUnit.MINUTES.toNanos(10)) {
                    Thread.sleep(20);
                }
                double seconds = (System.nanoTime() - startDrain) / 1e9;
                long processed = reports(jdbc) - before;
                results.put("round %d: hub at %,d reports, %d more showing it".formatted(round + 1, hubBefore, perRound),
                        "%.2f ms per report (%d in %.1f s), %d raised to P2".formatted(1000 * seconds / processed, processed, seconds,
                                raised(jdbc)));
            }
            String worker = "mesure-" + UUID.randomUUID().toString().substring(0, 8);
            app.getBean(UserAccounts.class).create(worker, "worker-password-0123", EnumSet.of(Role.WORKER));
            var person = VigieApi.at(port);
            person.login(worker, "worker-password-0123");
            results.put("GET /api/v1/contacts/{hub}/network (first page of 50) at %,d reports".formatted(hub(jdbc)),
                    timed(50, () -> person.get("/api/v1/contacts/" + HUB_E164 + "/network?limit=50")));
            results.put("GET /api/v1/contacts/{hub} (dossier, for comparison)",
                    timed(20, () -> person.get("/api/v1/contacts/" + HUB_E164)));
        }
        System.out.println();
        System.out.println("| measure | result |");
        System.out.println("| --- | --- |");
        results.forEach((k, v) -> System.out.println("| " + k + " | " + v + " |"));
        System.exit(0);
    }

    private static void submit(VigieApi api, int round, int count) {
        var items = new ArrayList<Map<String, Object>>();
        for (int i = 0; i < count; i++) {
            var report = new LinkedHashMap<String, Object>();
            report.put("externalId", "hub-" + round + "-" + i);
            report.put("platform", "CLASSIFIED_AD");
            // distinct texts and URLs: each is a report of its own, not a sighting of another
            report.put("text", "Annonce synthétique " + UUID.randomUUID() + ", massage, appeler le " + HUB + ".");
            report.put("url", "https://annonces.example.org/hub/" + round + "/" + i);
            report.put("observedAt", Instant.now().minusSeconds(60).toString());
            report.put("contacts", List.of(HUB, "@mesure_" + round + "_" + i));
            items.add(report);
            if (items.size() == 500 || i == count - 1) {
                var answer = api.postAsPartner(KEY, "/api/v1/reports/batch", Map.of("reports", items));
                if (answer.status() != 200) {
                    throw new IllegalStateException("batch answered " + answer.status());
                }
                items = new ArrayList<>();
            }
        }
    }

    private static String timed(int runs, java.util.function.Supplier<VigieApi.Response> call) {
        call.get(); // warm-up
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            var response = call.get();
            nanos[i] = System.nanoTime() - start;
            if (response.status() != 200) {
                throw new IllegalStateException("answered " + response.status());
            }
        }
        Arrays.sort(nanos);
        return "p50 %.1f ms, p95 %.1f ms (%d calls)".formatted(nanos[runs / 2] / 1e6, nanos[(int) (runs * 0.95)] / 1e6, runs);
    }

    private static long reports(JdbcClient jdbc) {
        return jdbc.sql("select count(*) from report").query(Long.class).single();
    }

    private static long hub(JdbcClient jdbc) {
        return jdbc.sql("select count(*) from report_contact where contact = :c").param("c", HUB_E164).query(Long.class).single();
    }

    private static long raised(JdbcClient jdbc) {
        return jdbc.sql("select count(*) from report r join report_contact c on c.report_id = r.id where c.contact = :c and r.priority = 'P2'")
                .param("c", HUB_E164).query(Long.class).single();
    }
}
