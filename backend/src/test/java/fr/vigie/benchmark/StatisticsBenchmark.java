package fr.vigie.benchmark;

import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.vigie.VigieApplication;
import fr.vigie.support.VigieApi;
import fr.vigie.triage.PriorityBand;
import fr.vigie.triage.ReportFigures;

/**
 * How long the Statistics API takes for a year of reports. Starts Vigie with everything embedded
 * on a temporary data directory, writes the reports <em>straight into PostgreSQL</em> (one
 * {@code insert ... select} over {@code generate_series}: a million through the partner API would
 * take hours and measure intake, not statistics) spread evenly over 2025, with every band, status,
 * platform, 95 départements, three sources, a first claim for all and a decision for 7 in 10
 * (decisions inserted as the workbench does, so the triggers run), then times
 * {@code GET /api/v1/statistics} over HTTP for the whole year by month, by week and by day, and one
 * month by day, and {@link ReportFigures} alone. Prints a Markdown table; see docs/performance.md.
 * <p>
 * Arguments (optional): number of reports (default 1,000,000), timed runs per query (default 5).
 */
public final class StatisticsBenchmark {

    private static final String ADMIN = "benchmark-admin-password-0123";

    public static void main(String[] args) throws Exception {
        int reports = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        var dataDir = Files.createTempDirectory("vigie-statistics-benchmark-");
        try (var app = new SpringApplicationBuilder(VigieApplication.class).run("--vigie.data-dir=" + dataDir,
                "--server.port=0", "--vigie.bootstrap.admin-password=" + ADMIN, "--logging.level.root=WARN")) {
            int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
            var jdbc = app.getBean(JdbcClient.class);

            long start = System.nanoTime();
            generate(jdbc, reports);
            String load = seconds(System.nanoTime() - start);

            var api = VigieApi.at(port);
            api.login("admin", ADMIN);
            var rows = new ArrayList<String>();
            rows.add("| query | median | min | max |");
            rows.add("| --- | --- | --- | --- |");
            for (var query : List.of("from=2025-01-01&to=2025-12-31&interval=month", "from=2025-01-01&to=2025-12-31&interval=week",
                    "from=2025-01-01&to=2025-12-31&interval=day", "from=2025-11-01&to=2025-11-30&interval=day")) {
                rows.add(row("GET /api/v1/statistics?" + query, runs, () -> {
                    var answer = api.get("/api/v1/statistics?" + query);
                    if (answer.status() != 200) {
                        throw new IllegalStateException("HTTP " + answer.status());
                    }
                }));
            }
            var figures = app.getBean(ReportFigures.class);
            var targets = Map.of(PriorityBand.P1, Duration.ofMinutes(15), PriorityBand.P2, Duration.ofHours(2),
                    PriorityBand.P3, Duration.ofHours(24));
            rows.add(row("ReportFigures.of, year by month (SQL only)", runs, () -> figures.of(java.time.LocalDate.parse("2025-01-01"),
                    java.time.LocalDate.parse("2025-12-31"), ReportFigures.Interval.MONTH, targets, Instant.now())));
            rows.add(row("GET /api/v1/statistics/export?format=pdf (year)", runs, () -> {
                var file = api.download("/api/v1/statistics/export?format=pdf&from=2025-01-01&to=2025-12-31");
                if (file.status() != 200) {
                    throw new IllegalStateException("HTTP " + file.status());
                }
            }));
            System.out.println();
            System.out.println("Reports written: " + count(jdbc, "report") + ", decisions: " + count(jdbc, "decision")
                    + ", in " + load + " (insert, triggers, analyze)");
            System.out.println();
            rows.forEach(System.out::println);
        }
    }

    private static void generate(JdbcClient jdbc, int n) {
        var partner = UUID.randomUUID();
        var other = UUID.randomUUID();
        jdbc.sql("""
                insert into report (id, source_partner_id, source_name, external_id, platform, text, observed_at, received_at,
                                    department, priority, score, status, first_claimed_at, first_decided_at)
                select gen_random_uuid(),
                       case when i % 3 = 0 then null when i % 3 = 1 then :partner else :other end,
                       case when i % 3 = 0 then 'Saisie manuelle' when i % 3 = 1 then 'Partenaire de mesure' else 'Autre partenaire' end,
                       'bench-' || i,
                       (array['CLASSIFIED_AD','SOCIAL_NETWORK','MESSAGING','DATING','FORUM','OTHER'])[1 + i % 6],
                       'Texte synthétique de mesure, sans personne réelle.', t, t,
                       case when i % 50 = 0 then null else lpad((1 + i % 95)::text, 2, '0') end,
                       (array['P1','P2','P3','P4'])[1 + (i * 7 / 3) % 4], (i % 100),
                       (array['NEW','IN_REVIEW','ACTIONED','CLOSED','ESCALATED','MERGED'])[1 + i % 6],
                       t + make_interval(mins => i % 180),
                       -- the first decision the decisions below make (score = i % 100): written with the report,
                       -- so that V60's trigger on decision finds it already set (no update of a million reports)
                       case when (i % 100) % 10 < 7 and (i % 100) % 5 <> 4 then t + make_interval(mins => 10 + (i % 100) * 7) end
                from (select i, timestamptz '2025-01-01 00:00:00+01' + make_interval(secs => i * (365.0 * 86400 / :n)) as t
                      from generate_series(0, :n - 1) i) s""")
                .param("partner", partner).param("other", other).param("n", n).update();
        jdbc.sql("""
                insert into decision (id, report_id, type, author, created_at, details)
                select gen_random_uuid(), id, kind, 'mesure', received_at + make_interval(mins => 10 + score * 7),
                       case when kind = 'REFERRAL'
                            then jsonb_build_object('type', kind, 'channel',
                                 (array['CRIP','PROSECUTOR','SNATED_119','PHAROS','POLICE','PARTNER_ASSOCIATION'])[1 + score % 6])
                            else jsonb_build_object('type', kind) end
                from (select id, received_at, score,
                             (array['CONTACT','REFERRAL','NO_ACTION','DUPLICATE','ESCALATE'])[1 + score % 5] as kind
                      from report where external_id like 'bench-%' and score % 10 < 7) r""")
                .update();
        jdbc.sql("analyze report").update();
        jdbc.sql("analyze decision").update();
    }

    private static String row(String name, int runs, Runnable call) {
        call.run(); // warm-up: plans, connection, JIT
        var times = new ArrayList<Long>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            call.run();
            times.add(System.nanoTime() - start);
        }
        Collections.sort(times);
        return "| " + name + " | " + millis(times.get(times.size() / 2)) + " | " + millis(times.getFirst()) + " | "
                + millis(times.getLast()) + " |";
    }

    private static long count(JdbcClient jdbc, String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private static String millis(long nanos) {
        return (nanos / 1_000_000) + " ms";
    }

    private static String seconds(long nanos) {
        return String.format("%.1f s", nanos / 1e9);
    }
}
