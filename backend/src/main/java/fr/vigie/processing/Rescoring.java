package fr.vigie.processing;

import java.util.UUID;
import java.util.function.Predicate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import fr.vigie.infrastructure.VigieProperties;
import fr.vigie.infrastructure.postgres.AdvisoryLockKeys;
import fr.vigie.processing.analysis.ReportAnalyser;
import fr.vigie.processing.analysis.RuleSet;
import fr.vigie.triage.ReportRegistry;

/**
 * Re-ranks open reports with candidate rules (preview: nothing written) or with newly published
 * ones (in the background, one report per transaction). The rescoring's state is a row of
 * {@code rescoring} in PostgreSQL: any instance shows its progress, and the instance running it
 * holds a lease that it renews with every report, in the same transaction as the report. When an
 * instance dies, its lease runs out and whichever instance looks next ({@code resumeCheck}) takes
 * the rescoring over, after the last report done; a new publication supersedes a rescoring still
 * running, wherever it runs.
 */
@Service
class Rescoring implements SmartLifecycle {

    /** Where the latest rescoring stands. */
    public record Progress(String version, String state, int total, int done, int changed) {
    }

    private record Claimed(long id, String version) {
    }

    private static final Logger log = LoggerFactory.getLogger(Rescoring.class);
    private static final int PAGE = 50;
    private static final long START_LOCK = AdvisoryLockKeys.of("rescoring:start");

    private final ReportRegistry reports;
    private final SignalRules rules;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final RulesProperties.Rescoring properties;
    private final String instance;
    private volatile boolean running;

    Rescoring(ReportRegistry reports, SignalRules rules, JdbcClient jdbc, TransactionTemplate transactions,
            RulesProperties properties, VigieProperties vigie) {
        this.reports = reports;
        this.rules = rules;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.properties = properties.rescoring();
        this.instance = vigie.resolvedInstanceId();
    }

    /**
     * What publishing {@code candidate} will do, computed exactly as the rescoring does it — the
     * same walk over the open reports, the same reassessment of each (shared-contact raises
     * included) — in one transaction that is then rolled back: nothing is written, nothing is
     * announced. The open reports' rows stay locked meanwhile (a decision on one of them waits).
     */
    public RulePreview preview(RuleSet candidate) {
        var analyser = new ReportAnalyser(candidate);
        return transactions.execute(tx -> {
            tx.setRollbackOnly();
            var before = reports.openStandings();
            walk(candidate.version(), null, report -> {
                rescore(analyser, report);
                return true;
            });
            return RulePreview.of(candidate.version(), before, reports.openStandings());
        });
    }

    /** Starts rescoring every open report with these (published) rules, on a thread of this instance. */
    public Progress start(RuleSet published) {
        long id = transactions.execute(tx -> {
            // two publications at once on two instances: one after the other, the later supersedes
            jdbc.sql("select pg_advisory_xact_lock(:key)").param("key", START_LOCK).query((rs, n) -> 1).list();
            jdbc.sql("update rescoring set state = 'SUPERSEDED', last_report_id = null, updated_at = now() where state = 'RUNNING'")
                    .update();
            return jdbc.sql("""
                    insert into rescoring (rules_version, state, total, instance, lease_until)
                    values (:version, 'RUNNING', :total, :instance, now() + cast(:lease as interval)) returning id""")
                    .param("version", published.version()).param("total", reports.countOpenNotAssessedWith(published.version()))
                    .param("instance", instance).param("lease", lease())
                    .query(Long.class).single();
        });
        run(new Claimed(id, published.version()));
        return progress();
    }

    /** The latest rescoring, wherever it runs; {@code IDLE} before the first. */
    public Progress progress() {
        return jdbc.sql("select rules_version, state, total, done, changed from rescoring order by id desc limit 1")
                .query((rs, n) -> new Progress(rs.getString("rules_version"), rs.getString("state"), rs.getInt("total"),
                        rs.getInt("done"), rs.getInt("changed")))
                .optional().orElse(new Progress(null, "IDLE", 0, 0, 0));
    }

    /** Takes over a rescoring whose instance stopped renewing its lease (died, or was stopped). */
    @Scheduled(initialDelayString = "${vigie.rules.rescoring.resume-check:5s}", fixedDelayString = "${vigie.rules.rescoring.resume-check:5s}")
    void resumeAbandoned() {
        if (!running) {
            return;
        }
        try {
            jdbc.sql("""
                    update rescoring set instance = :instance, lease_until = now() + cast(:lease as interval),
                        resumed = resumed + 1, updated_at = now()
                    where state = 'RUNNING' and lease_until < now() returning id, rules_version""")
                    .param("instance", instance).param("lease", lease())
                    .query((rs, n) -> new Claimed(rs.getLong("id"), rs.getString("rules_version")))
                    .optional()
                    .ifPresent(claimed -> {
                        log.info("Resuming the rescoring with rules {} left by another instance", claimed.version());
                        run(claimed);
                    });
        } catch (RuntimeException e) {
            log.warn("Could not look for a rescoring to resume: {}", e.getClass().getSimpleName());
        }
    }

    private void run(Claimed claimed) {
        Thread.ofVirtual().name("rescoring-" + claimed.version()).start(() -> {
            try {
                var analyser = new ReportAnalyser(rules.version(claimed.version()).orElseThrow());
                if (rescoreAll(claimed, analyser)) {
                    jdbc.sql("""
                            update rescoring set state = 'DONE', total = done, last_report_id = null, updated_at = now()
                            where id = :id and state = 'RUNNING' and instance = :instance""")
                            .param("id", claimed.id()).param("instance", instance).update();
                }
            } catch (RuntimeException e) {
                if (!running) {
                    return; // stopping: the lease was let go, another instance resumes
                }
                log.error("Rescoring with rules {} stopped: {}", claimed.version(), e.getClass().getSimpleName());
                jdbc.sql("update rescoring set state = 'FAILED', last_report_id = null, updated_at = now() where id = :id and instance = :instance")
                        .param("id", claimed.id()).param("instance", instance).update();
            }
        });
    }

    /** The rescoring of these rules, from where it stopped. False if it was taken from this instance or it is stopping. */
    private boolean rescoreAll(Claimed claimed, ReportAnalyser analyser) {
        UUID after = jdbc.sql("select last_report_id from rescoring where id = :id").param("id", claimed.id())
                .query((rs, n) -> java.util.Optional.ofNullable(rs.getObject("last_report_id", UUID.class))).single()
                .orElse(null);
        return walk(claimed.version(), after, report -> {
            if (!running || !rescoreOne(claimed, analyser, report)) {
                return false;
            }
            pace();
            return true;
        });
    }

    /**
     * Walks the open reports not yet assessed with these rules, in id order after {@code after};
     * then from the start again, until a whole pass finds none: that catches the reports stored
     * meanwhile with older rules (by an instance that had not heard of the publication yet). The
     * preview and the rescoring both walk this way. False as soon as {@code step} says stop.
     */
    private boolean walk(String version, UUID after, Predicate<ReportRegistry.Reassessable> step) {
        boolean wholePass = after == null;
        int rescoredThisPass = 0;
        while (true) {
            var page = reports.openNotAssessedWith(version, after, PAGE);
            if (page.isEmpty()) {
                if (wholePass && rescoredThisPass == 0) {
                    return true;
                }
                after = null;
                wholePass = true;
                rescoredThisPass = 0;
                continue;
            }
            for (var report : page) {
                if (!step.test(report)) {
                    return false;
                }
                after = report.id();
                rescoredThisPass++;
            }
        }
    }

    /** One report reassessed with these rules: what both the preview and the rescoring do to it. */
    private boolean rescore(ReportAnalyser analyser, ReportRegistry.Reassessable report) {
        var a = ReportAssessor.assess(analyser, report.text(), report.reporterConcern(), report.observedAt(), report.contacts());
        return reports.reassess(report.id(), a);
    }

    /** The report and the progress in one transaction: a resumed rescoring neither skips nor counts twice. */
    private boolean rescoreOne(Claimed claimed, ReportAnalyser analyser, ReportRegistry.Reassessable report) {
        return Boolean.TRUE.equals(transactions.execute(tx -> {
            boolean changed = rescore(analyser, report);
            int updated = jdbc.sql("""
                    update rescoring set done = done + 1, changed = changed + :changed, last_report_id = :report,
                        total = greatest(total, done + 1), lease_until = now() + cast(:lease as interval), updated_at = now()
                    where id = :id and state = 'RUNNING' and instance = :instance""")
                    .param("changed", changed ? 1 : 0).param("report", report.id()).param("lease", lease())
                    .param("id", claimed.id()).param("instance", instance)
                    .update();
            if (updated == 0) {
                tx.setRollbackOnly(); // superseded, or taken over after this instance was thought dead
                return false;
            }
            return true;
        }));
    }

    private void pace() {
        if (properties.maxPerSecond() > 0) {
            try {
                Thread.sleep(1000L / properties.maxPerSecond());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private String lease() {
        return properties.lease().toMillis() + " milliseconds";
    }

    @Override
    public void start() {
        running = true;
    }

    /** Stopping: the rescoring thread ends at its next report, and the lease is let go for another instance. */
    @Override
    public void stop() {
        running = false;
        try {
            jdbc.sql("update rescoring set lease_until = now() where state = 'RUNNING' and instance = :instance")
                    .param("instance", instance).update();
        } catch (RuntimeException e) {
            log.debug("Rescoring lease not let go: {}", e.getClass().getSimpleName());
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
