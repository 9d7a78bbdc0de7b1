package fr.vigie.retention;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import fr.vigie.audit.Audit;
import fr.vigie.audit.AuditActions;
import fr.vigie.search.ReportIndex;
import fr.vigie.search.ReportIndexFeed;
import fr.vigie.triage.ReportRetention;

/**
 * Applies the retention policy. Each batch goes to Elasticsearch first, then PostgreSQL: if the
 * index fails the rows are still there and the next run retries; the reverse order could leave
 * content in the index that no row points to any more.
 */
@Service
class Retention {

    private static final Logger log = LoggerFactory.getLogger(Retention.class);
    /** Safety net: at most this many reports per rule and run; the next run takes the rest. */
    private static final int MAX_PER_RULE_AND_RUN = 100_000;

    private final RetentionProperties properties;
    private final ReportRetention reports;
    private final ReportIndex index;
    private final ReportIndexFeed feed;
    private final Audit audit;
    private final Clock clock = Clock.systemUTC();
    private final String instance;

    Retention(RetentionProperties properties, ReportRetention reports, ReportIndex index, ReportIndexFeed feed, Audit audit,
            fr.vigie.infrastructure.VigieProperties vigie) {
        this.feed = feed;
        this.instance = vigie.resolvedInstanceId();
        this.properties = properties;
        this.reports = reports;
        this.index = index;
        this.audit = audit;
    }

    public RetentionProperties policy() {
        return properties;
    }

    /** Lists what a run would do now, changing nothing (the dry run itself is audited). */
    public synchronized RetentionResult dryRun() {
        return execute(true);
    }

    /** Purges and anonymises what the policy says is due. */
    public synchronized RetentionResult run() {
        return execute(false);
    }

    private RetentionResult execute(boolean dryRun) {
        Instant now = clock.instant();
        var rules = new ArrayList<RetentionResult.Rule>();
        new TreeMap<>(properties.purgeAfter()).forEach((status, after) ->
                rules.add(apply(status, RetentionResult.Action.PURGE, after, now, dryRun)));
        new TreeMap<>(properties.anonymiseAfter()).forEach((status, after) ->
                rules.add(apply(status, RetentionResult.Action.ANONYMISE, after, now, dryRun)));
        var ruled = new HashSet<String>(properties.purgeAfter().keySet());
        ruled.addAll(properties.anonymiseAfter().keySet());
        Map<String, Long> kept = reports.countUnchangedSince(now.minus(properties.openReportNotice()), ruled);
        var result = new RetentionResult(dryRun, now, List.copyOf(rules), properties.openReportNotice(), kept);

        var details = new LinkedHashMap<String, Object>();
        for (var rule : rules) {
            details.put(rule.action().name().toLowerCase() + ":" + rule.status(), rule.count());
        }
        details.put("keptUnchanged", kept);
        // which of several instances ran it, and when it began (the entry's own time is its end)
        details.put("instance", instance);
        details.put("startedAt", now.toString());
        audit.record(dryRun ? AuditActions.RETENTION_DRY_RUN : AuditActions.RETENTION_RUN, null, details);
        if (!dryRun) {
            log.info("Retention run: {} report(s) purged or anonymised", result.total());
        }
        return result;
    }

    private RetentionResult.Rule apply(String status, RetentionResult.Action action, Duration after, Instant now,
            boolean dryRun) {
        Instant before = now.minus(after);
        var ids = new ArrayList<UUID>();
        if (dryRun) {
            reports.unchangedSince(status, before, MAX_PER_RULE_AND_RUN).forEach(c -> ids.add(c.id()));
        } else {
            while (ids.size() < MAX_PER_RULE_AND_RUN) {
                var batch = reports.unchangedSince(status, before, properties.batchSize()).stream()
                        .map(ReportRetention.Candidate::id).toList();
                if (batch.isEmpty()) {
                    break;
                }
                if (action == RetentionResult.Action.PURGE) {
                    index.deleteAll(batch);
                    reports.delete(batch);
                } else {
                    index.removeContent(batch);
                    reports.anonymise(batch);
                    feed.follow(batch); // the anonymised revision, over any older one written meanwhile
                }
                String perReport = action == RetentionResult.Action.PURGE ? AuditActions.REPORT_PURGED
                        : AuditActions.REPORT_ANONYMISED;
                for (UUID id : batch) {
                    audit.record(perReport, id, Map.of("status", status, "after", after.toString()));
                }
                ids.addAll(batch);
            }
        }
        return new RetentionResult.Rule(status, action, after, before, ids.size(), List.copyOf(ids));
    }
}
