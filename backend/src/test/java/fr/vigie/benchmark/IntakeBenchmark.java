package fr.vigie.benchmark;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.tools.ProducerPerformance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;

import fr.vigie.VigieApplication;
import fr.vigie.identity.Role;
import fr.vigie.identity.UserAccounts;
import fr.vigie.support.VigieApi;

/**
 * Intake and processing throughput of Vigie against the raw limits of the engines beneath, in
 * one run on one machine (issue 18), and the read side at volume ({@link QueueReadBenchmark}):
 * <ol>
 * <li>Kafka's own ProducerPerformance (1 KB records, acks=all, idempotent);</li>
 * <li>Elasticsearch {@code _bulk} into an index made from Vigie's definition
 * ({@code search/reports-index.json}), warmed first, bulks of 500 Vigie-like documents;</li>
 * <li>Vigie's batch intake with processing paused (acknowledged reports/s), then processing
 * resumed and the backlog drained (processed reports/s), with the CPU time of the JVM and of its
 * PostgreSQL processes per report;</li>
 * <li>open-loop submit → visible in the queue (the report's row committed, which is what
 * {@code GET /api/v1/queue} reads) at 25, 200 and 500 reports/s, sent as a batch of 5 every 200 ms,
 * of 5 every 25 ms and of 10 every 20 ms, with each call's own acknowledgement time beside it (which
 * tells intake's queueing from processing's);</li>
 * <li>reads with {@code readReports} reports generated into PostgreSQL.</li>
 * </ol>
 * Prints a Markdown table and the ratios. See docs/performance.md for how to run it.
 * <p>
 * Arguments (optional): batches of 500 (default 20), seconds per latency rate (default 20; 0 to
 * skip), reports for the reads (default 1,000,000; 0 to skip).
 */
public final class IntakeBenchmark {

    private static final String KEY = "benchmark-partner-key-0123456789";
    private static final String FILLER = " Texte synthétique de mesure, sans personne réelle, répété pour atteindre un kilo-octet.";
    private static final String BULK_INDEX = "benchmark-bulk";

    public static void main(String[] args) throws Exception {
        int batches = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int latencySeconds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int readReports = args.length > 2 ? Integer.parseInt(args[2]) : 1_000_000;
        Path dataDir = Files.createTempDirectory("vigie-benchmark-");
        var results = new LinkedHashMap<String, String>();
        var ratios = new ArrayList<String>();
        try (var app = new SpringApplicationBuilder(VigieApplication.class).run("--vigie.data-dir=" + dataDir,
                "--server.port=0", "--vigie.bootstrap.partner-key=" + KEY,
                "--vigie.partners.rate-limit.requests-per-minute=10000000", "--logging.level.root=WARN")) {
            String bootstrap = String.join(",", app.getBean(KafkaConnectionDetails.class).getBootstrapServers());
            int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
            var jdbc = app.getBean(JdbcClient.class);

            var kafka = kafkaRaw(bootstrap);
            results.put("Kafka ProducerPerformance (raw, 50,000 × 1 KB, acks=all)", kafka.summary());
            double bulk = elasticsearchRaw(app.getBean(ElasticsearchClient.class));
            results.put("Elasticsearch _bulk, Vigie's mapping, warmed (20,000 docs, bulks of 500)", "%.0f docs/s".formatted(bulk));

            var processing = app.getBean(KafkaListenerEndpointRegistry.class).getListenerContainer("vigie-processing");
            // First drain: processing's code still cold (as every earlier round measured it); the
            // second, on the same number of new reports, is processing warm like the _bulk above.
            var cold = drain(app, port, jdbc, bootstrap, dataDir, processing, batches, "lot", null);
            // Optional unmeasured drains in between (-Dvigie.benchmark.warmups=N): in a 5,000-report
            // drain the JIT compilers still took about a third of the JVM's CPU after one drain.
            for (int i = 0; i < Integer.getInteger("vigie.benchmark.warmups", 0); i++) {
                drain(app, port, jdbc, bootstrap, dataDir, processing, batches, "tiede" + i, null);
            }
            var warm = drain(app, port, jdbc, bootstrap, dataDir, processing, batches, "chaud", System.getProperty("vigie.benchmark.jfr"));
            results.put("Vigie POST /api/v1/reports/batch (" + batches + " × 500, processing paused)",
                    "%.0f reports/s".formatted(cold.acked()));
            cold.results().forEach((k, v) -> results.put(k + ", cold", v));
            warm.results().forEach((k, v) -> results.put(k + ", warm", v));
            ratios.add("processed/s ÷ Elasticsearch bulk docs/s = %.1f %% cold, **%.1f %% warm**".formatted(
                    100 * cold.processedRate() / bulk, 100 * warm.processedRate() / bulk));
            ratios.add("acknowledged/s ÷ Kafka raw records/s = %.1f %%".formatted(100 * cold.acked() / kafka.recordsPerSecond()));

            if (latencySeconds > 0) {
                // -Dvigie.benchmark.open-warmup=<seconds>: an unmeasured 500/s open loop first. The
                // drains above do not warm the path of small calls: in a 500/s phase right after
                // them, the JIT compilers still spent about a core (2,100 compilations in 21 s).
                int openWarmup = Integer.getInteger("vigie.benchmark.open-warmup", 0);
                if (openWarmup > 0) {
                    results.put("Unmeasured warm-up of the open loop, 500 reports/s (" + openWarmup + " s)",
                            openLoop(port, jdbc, 10, 20, openWarmup));
                }
                // a light load first: the latency of one call when nothing queues (the service time)
                results.put("Submit → visible in the queue, open loop 25 reports/s (5 every 200 ms, " + latencySeconds + " s)",
                        openLoop(port, jdbc, 5, 200, latencySeconds));
                results.put("Submit → visible in the queue, open loop 200 reports/s (5 every 25 ms, " + latencySeconds + " s)",
                        openLoop(port, jdbc, 5, 25, latencySeconds));
                // -Dvigie.benchmark.jfr.open=<file>: a flight recording of the 500/s phase alone
                var openRecording = System.getProperty("vigie.benchmark.jfr.open") == null ? null : profile();
                results.put("Submit → visible in the queue, open loop 500 reports/s (10 every 20 ms, " + latencySeconds + " s)",
                        openLoop(port, jdbc, 10, 20, latencySeconds));
                if (openRecording != null) {
                    openRecording.stop();
                    openRecording.dump(Path.of(System.getProperty("vigie.benchmark.jfr.open")));
                    openRecording.close();
                }
            }

            if (readReports > 0) {
                String worker = "mesure-" + UUID.randomUUID().toString().substring(0, 8);
                app.getBean(UserAccounts.class).create(worker, "worker-password-0123", EnumSet.of(Role.WORKER));
                var api = VigieApi.at(port);
                api.login(worker, "worker-password-0123");
                results.putAll(QueueReadBenchmark.run(jdbc, api, readReports));
            }
            // printed before the servers stop: once, Elasticsearch's shutdown hung on an open connection
            print(results, ratios);
        }
    }

    private static void print(Map<String, String> results, List<String> ratios) {
        System.out.println();
        System.out.println("| measure | result |");
        System.out.println("| --- | --- |");
        results.forEach((k, v) -> System.out.println("| " + k + " | " + v + " |"));
        System.out.println();
        ratios.forEach(r -> System.out.println("- " + r));
        System.out.flush();
    }

    private record Drain(double acked, double processedRate, Map<String, String> results) {
    }

    /**
     * Submits {@code batches} × 500 reports with processing paused, then resumes it and times the
     * drain, with the CPU per report during the drain and until what follows each report (outbox,
     * event consumers) has caught up; a flight recording of it to {@code jfr} if not null.
     */
    private static Drain drain(org.springframework.context.ConfigurableApplicationContext app, int port, JdbcClient jdbc,
            String bootstrap, Path dataDir, org.springframework.kafka.listener.MessageListenerContainer processing,
            int batches, String prefix, String jfr) throws Exception {
        var results = new LinkedHashMap<String, String>();
        processing.pause();
        Thread.sleep(2_000);
        long before = reports(jdbc);
        long startIntake = System.nanoTime();
        batches(port, batches, prefix);
        double acked = batches * 500 / ((System.nanoTime() - startIntake) / 1e9);

        var statements = PostgresWork.now(jdbc);
        var cpu = Cpu.now(dataDir);
        var threads = ThreadCpu.now();
        var osThreads = OsThreadCpu.now();
        var recording = jfr == null ? null : profile();
        long startDrain = System.nanoTime();
        processing.resume();
        long expected = before + batches * 500L;
        while (reports(jdbc) < expected && System.nanoTime() - startDrain < TimeUnit.MINUTES.toNanos(15)) {
            Thread.sleep(50);
        }
        double drained = (System.nanoTime() - startDrain) / 1e9;
        long processed = reports(jdbc) - before;
        var spent = Cpu.now(dataDir).minus(cpu);
        double processedRate = processed / drained;
        results.put("Vigie processing, backlog drained (analysis, PostgreSQL, Elasticsearch)",
                "%.0f reports/s (%d reports in %.1f s)".formatted(processedRate, processed, drained));
        results.put("CPU per processed report, during the drain", "JVM %.2f ms, PostgreSQL %.2f ms".formatted(
                spent.jvmNanos() / 1e6 / processed, spent.postgresNanos() / 1e6 / processed));
        // What follows each report (the outbox relay, the search feed's documents, webhooks, the
        // live queue) may lag behind the drain: counted until it has caught up too.
        double settled = settle(jdbc, bootstrap);
        var all = Cpu.now(dataDir).minus(cpu);
        results.put("CPU per processed report, until outbox and event consumers caught up (+%.1f s)".formatted(settled),
                "JVM %.2f ms, PostgreSQL %.2f ms".formatted(all.jvmNanos() / 1e6 / processed, all.postgresNanos() / 1e6 / processed));
        results.put("JVM CPU per report by thread group (drain and catch-up)", threads.since(processed));
        results.put("JVM CPU per report by OS thread, JIT compilers and GC included (drain and catch-up)",
                osThreads.since(processed));
        results.put("PostgreSQL work per 500 reports processed (drain and catch-up)", statements.since(jdbc, processed));
        if (recording != null) {
            recording.stop();
            recording.dump(Path.of(jfr));
            recording.close();
        }
        return new Drain(acked, processedRate, results);
    }

    private record KafkaRaw(String summary, double recordsPerSecond) {
    }

    private static KafkaRaw kafkaRaw(String bootstrap) throws Exception {
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
        String last = lines[lines.length - 1].strip();
        // "50000 records sent, 29036.0 records/sec (28.36 MB/sec), ..."
        double rate = Double.parseDouble(last.split(" records sent, ")[1].split(" records/sec")[0]);
        return new KafkaRaw(last, rate);
    }

    /** Bulks of 500 documents shaped like Vigie's into an index made from Vigie's definition; one warm-up round first. */
    private static double elasticsearchRaw(ElasticsearchClient client) throws Exception {
        try (InputStream definition = IntakeBenchmark.class.getResourceAsStream("/search/reports-index.json")) {
            client.indices().create(c -> c.index(BULK_INDEX).withJson(definition));
        }
        String text = "Annonce" + FILLER.repeat(11);
        bulkRound(client, text, 0, 5_000); // warm-up: JIT, analysis chain, segments
        long start = System.nanoTime();
        bulkRound(client, text, 5_000, 20_000);
        return 20_000 / ((System.nanoTime() - start) / 1e9);
    }

    private static void bulkRound(ElasticsearchClient client, String text, int from, int count) throws Exception {
        for (int b = from; b < from + count; b += 500) {
            var bulk = new BulkRequest.Builder();
            for (int n = b; n < b + 500; n++) {
                var document = new LinkedHashMap<String, Object>();
                document.put("text", text + " " + n);
                document.put("platform", "CLASSIFIED_AD");
                document.put("platformName", "Annonces");
                document.put("priority", "P" + (1 + n % 4));
                document.put("score", n % 100);
                document.put("status", "NEW");
                document.put("observedAt", Instant.now().toString());
                document.put("receivedAt", Instant.now().toString());
                document.put("city", "Lyon");
                document.put("department", "69");
                document.put("signals", List.of());
                String id = UUID.nameUUIDFromBytes(("bulk-" + n).getBytes()).toString();
                bulk.operations(o -> o.index(x -> x.index(BULK_INDEX).id(id).document(document)));
            }
            var response = client.bulk(bulk.build());
            if (response.errors()) {
                throw new IllegalStateException("bulk errors");
            }
        }
    }

    private static void batches(int port, int count, String prefix) {
        var api = VigieApi.at(port);
        for (int b = 0; b < count; b++) {
            var items = new ArrayList<Map<String, Object>>();
            for (int i = 0; i < 500; i++) {
                items.add(report(prefix + "-" + b + "-" + i));
            }
            var answer = api.postAsPartner(KEY, "/api/v1/reports/batch", Map.of("reports", items));
            if (answer.status() != 200) {
                throw new IllegalStateException("batch answered " + answer.status());
            }
        }
    }

    /**
     * Sends {@code perTick} reports in one batch call every {@code tickMillis}, whether or not the
     * previous calls have returned (open loop), for {@code seconds}; a watcher polls PostgreSQL every
     * 5 ms for the reports acknowledged so far. Latency: from the start of the call to the poll that
     * first sees the row.
     */
    private static String openLoop(int port, JdbcClient jdbc, int perTick, int tickMillis, int seconds) throws Exception {
        var sentAt = new ConcurrentHashMap<UUID, Long>();
        var latencies = new ConcurrentLinkedQueue<Long>();
        var acknowledgements = new ConcurrentLinkedQueue<Long>();
        var failures = new java.util.concurrent.atomic.AtomicInteger();
        String run = UUID.randomUUID().toString().substring(0, 6);
        var counter = new java.util.concurrent.atomic.AtomicInteger();
        try (var senders = Executors.newVirtualThreadPerTaskExecutor();
                var ticks = Executors.newSingleThreadScheduledExecutor()) {
            var api = VigieApi.at(port);
            var schedule = ticks.scheduleAtFixedRate(() -> senders.submit(() -> {
                var items = new ArrayList<Map<String, Object>>();
                int tick = counter.getAndIncrement();
                for (int i = 0; i < perTick; i++) {
                    items.add(report("open-" + run + "-" + tick + "-" + i));
                }
                long begin = System.nanoTime();
                var answer = api.postAsPartner(KEY, "/api/v1/reports/batch", Map.of("reports", items));
                if (answer.status() != 200) {
                    failures.incrementAndGet();
                    return;
                }
                acknowledgements.add(System.nanoTime() - begin);
                answer.body().get("results").valueStream().forEach(r -> sentAt.put(UUID.fromString(r.get("id").asString()), begin));
            }), 0, tickMillis, TimeUnit.MILLISECONDS);
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            long drainUntil = end + TimeUnit.SECONDS.toNanos(60);
            while (System.nanoTime() < drainUntil) {
                if (System.nanoTime() >= end && !schedule.isCancelled()) {
                    schedule.cancel(false);
                }
                var waiting = sentAt.keySet().toArray(UUID[]::new);
                if (waiting.length == 0) {
                    if (schedule.isCancelled() && System.nanoTime() > end + TimeUnit.SECONDS.toNanos(2)) {
                        break;
                    }
                } else {
                    List<UUID> seen = jdbc.sql("select id from report where id = any(:ids)").param("ids", waiting)
                            .query(UUID.class).list();
                    long now = System.nanoTime();
                    for (UUID id : seen) {
                        Long begin = sentAt.remove(id);
                        if (begin != null) {
                            latencies.add(now - begin);
                        }
                    }
                }
                Thread.sleep(5);
            }
        }
        return QueueReadBenchmark.percentiles(new ArrayList<>(latencies)) + ", %d not seen, %d calls failed"
                .formatted(counter.get() * perTick - latencies.size() - failures.get() * perTick, failures.get())
                + "; the calls' own acknowledgement: " + QueueReadBenchmark.percentiles(new ArrayList<>(acknowledgements));
    }

    /**
     * A flight recording (the JDK's "profile" settings), started now: of the warm drain with
     * {@code -Dvigie.benchmark.jfr=<file>}, of the 500/s open loop with
     * {@code -Dvigie.benchmark.jfr.open=<file>}; read with {@code jfr view hot-methods <file>}.
     */
    private static jdk.jfr.Recording profile() throws Exception {
        var recording = new jdk.jfr.Recording(jdk.jfr.Configuration.getConfiguration("profile"));
        recording.start();
        return recording;
    }

    /**
     * Waits (at most 2 minutes) until the outbox is empty and the consumer groups of the report
     * events have read everything; the seconds it waited.
     */
    private static double settle(JdbcClient jdbc, String bootstrap) throws Exception {
        long start = System.nanoTime();
        try (var admin = AdminClient.create(Map.of("bootstrap.servers", bootstrap))) {
            while (System.nanoTime() - start < TimeUnit.MINUTES.toNanos(2)) {
                long outbox = jdbc.sql("select count(*) from outbox").query(Long.class).single();
                if (outbox == 0 && lag(admin, "vigie-search") == 0 && lag(admin, "vigie-webhooks") == 0) {
                    break;
                }
                Thread.sleep(50);
            }
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private static long lag(AdminClient admin, String group) throws Exception {
        var committed = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
        var partitions = admin.describeTopics(List.of("vigie.reports.events")).allTopicNames().get().get("vigie.reports.events")
                .partitions().stream().map(p -> new org.apache.kafka.common.TopicPartition("vigie.reports.events", p.partition()))
                .toList();
        var ends = admin.listOffsets(partitions.stream().collect(java.util.stream.Collectors.toMap(p -> p,
                p -> org.apache.kafka.clients.admin.OffsetSpec.latest()))).all().get();
        long lag = 0;
        for (var p : partitions) {
            var offset = committed.get(p);
            lag += ends.get(p).offset() - (offset == null ? 0 : offset.offset());
        }
        return lag;
    }

    /** CPU time of the JVM's threads, grouped by name with the numbers taken out. */
    private record ThreadCpu(Map<String, Long> nanos) {

        static ThreadCpu now() {
            var bean = ManagementFactory.getThreadMXBean();
            var byGroup = new java.util.HashMap<String, Long>();
            for (var info : bean.getThreadInfo(bean.getAllThreadIds())) {
                if (info != null) {
                    long cpu = bean.getThreadCpuTime(info.getThreadId());
                    if (cpu > 0) {
                        byGroup.merge(group(info.getThreadName()), cpu, Long::sum);
                    }
                }
            }
            return new ThreadCpu(byGroup);
        }

        private static String group(String name) {
            return name.replaceAll("\\[[^\\]]*\\]", "[]").replaceAll("[0-9]+", "#");
        }

        /** The groups that spent the most since this snapshot, in ms per report (threads that ended are not counted). */
        String since(long reports) {
            var later = now().nanos();
            var spent = new java.util.ArrayList<Map.Entry<String, Long>>();
            later.forEach((g, n) -> spent.add(Map.entry(g, n - nanos.getOrDefault(g, 0L))));
            spent.sort(Map.Entry.<String, Long>comparingByValue().reversed());
            return String.join("; ", spent.stream().limit(12).filter(e -> e.getValue() > 0)
                    .map(e -> "%s %.2f".formatted(e.getKey(), e.getValue() / 1e6 / reports)).toList());
        }
    }

    /**
     * What PostgreSQL did, from its statistics: commits, rows written, and the runs of
     * {@code report}'s insert triggers (one per insert statement: a statement count the server
     * keeps without pg_stat_statements), with {@code track_functions} turned on for the run.
     */
    private record PostgresWork(long commits, long inserted, long updated, long deleted, long triggerRuns) {

        static PostgresWork now(JdbcClient jdbc) throws InterruptedException {
            jdbc.sql("alter system set track_functions = 'pl'").update();
            jdbc.sql("select pg_reload_conf()").query(Object.class).single();
            Thread.sleep(1_500); // backends send their statistics at most once a second
            var row = jdbc.sql("""
                    select xact_commit, tup_inserted, tup_updated, tup_deleted from pg_stat_database
                    where datname = current_database()""")
                    .query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4) }).single();
            long runs = jdbc.sql("""
                    select coalesce(sum(calls), 0) from pg_stat_user_functions
                    where funcname in ('report_figures_inserted', 'queue_count_inserted')""").query(Long.class).single();
            return new PostgresWork(row[0], row[1], row[2], row[3], runs);
        }

        String since(JdbcClient jdbc, long reports) throws InterruptedException {
            var later = now(jdbc);
            double per = 500.0 / reports;
            return "%.0f commits, %.0f rows inserted, %.0f updated, %.0f deleted, %.0f runs of report's insert triggers (all sessions)"
                    .formatted((later.commits() - commits) * per, (later.inserted() - inserted) * per,
                            (later.updated() - updated) * per, (later.deleted() - deleted) * per,
                            (later.triggerRuns() - triggerRuns) * per);
        }
    }

    /**
     * CPU time of every thread of this process as the kernel counts it, grouped by name with the
     * numbers taken out: unlike {@link ThreadCpu}, it includes the JIT compilers, the garbage
     * collector and the VM's own threads, which the ThreadMXBean does not list, and virtual
     * threads show as their carriers ({@code ForkJoinPool-1-worker-#}: processing's consumers,
     * among others). Threads that ended are not counted.
     */
    private record OsThreadCpu(Map<Long, Long> ticksByTask, Map<Long, String> names) {

        static OsThreadCpu now() {
            var ticks = new java.util.HashMap<Long, Long>();
            var names = new java.util.HashMap<Long, String>();
            try (var tasks = Files.list(Path.of("/proc/self/task"))) {
                for (var task : tasks.toList()) {
                    try {
                        String stat = Files.readString(task.resolve("stat"));
                        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        long tid = Long.parseLong(task.getFileName().toString());
                        ticks.put(tid, Long.parseLong(fields[11]) + Long.parseLong(fields[12]));
                        names.put(tid, Files.readString(task.resolve("comm")).strip().replaceAll("[0-9]+", "#"));
                    } catch (Exception ended) {
                        // the thread ended while it was read
                    }
                }
            } catch (Exception e) {
                // not Linux: nothing to show
            }
            return new OsThreadCpu(ticks, names);
        }

        String since(long reports) {
            var later = now();
            var byGroup = new java.util.HashMap<String, Long>();
            later.ticksByTask().forEach((tid, t) -> byGroup.merge(later.names().get(tid), t - ticksByTask.getOrDefault(tid, 0L),
                    Long::sum));
            var spent = new java.util.ArrayList<>(byGroup.entrySet());
            spent.sort(Map.Entry.<String, Long>comparingByValue().reversed());
            return String.join("; ", spent.stream().limit(14).filter(e -> e.getValue() > 0)
                    .map(e -> "%s %.2f".formatted(e.getKey(), e.getValue() * 10.0 / reports)).toList()); // USER_HZ 100
        }
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

    /**
     * CPU time of this JVM (embedded Kafka and Elasticsearch included) and of its PostgreSQL
     * server: the postmaster named in {@code postmaster.pid} (pg_ctl starts it detached, so it is
     * not a descendant of the JVM), its live children (backends, WAL writer, checkpointer…) and
     * the children it has reaped (its cutime and cstime).
     */
    private record Cpu(long jvmNanos, long postgresNanos) {

        static Cpu now(Path dataDir) {
            long jvm = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
            long postgres = 0;
            try {
                long postmaster = Long.parseLong(Files.readAllLines(dataDir.resolve("postgres/postmaster.pid")).getFirst().strip());
                postgres = ticks(postmaster, true) + ProcessHandle.of(postmaster).stream().flatMap(ProcessHandle::descendants)
                        .mapToLong(p -> ticks(p.pid(), false)).sum();
            } catch (Exception e) {
                postgres = -1;
            }
            return new Cpu(jvm, postgres < 0 ? -1 : postgres * 10_000_000L); // USER_HZ 100
        }

        Cpu minus(Cpu earlier) {
            return new Cpu(jvmNanos - earlier.jvmNanos,
                    postgresNanos < 0 || earlier.postgresNanos < 0 ? -1 : postgresNanos - earlier.postgresNanos);
        }

        private static long ticks(long pid, boolean withReapedChildren) {
            try {
                String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                // utime, stime (and cutime, cstime: the children it waited for)
                long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                return withReapedChildren ? ticks + Long.parseLong(fields[13]) + Long.parseLong(fields[14]) : ticks;
            } catch (Exception e) {
                return 0;
            }
        }
    }
}
