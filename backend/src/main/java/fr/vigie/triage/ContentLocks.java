package fr.vigie.triage;

import java.util.TreeSet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import fr.vigie.infrastructure.postgres.AdvisoryLockKeys;

/**
 * Serialises the recording of reports that share something: the canonical URL, the fingerprint
 * or a contact. Processing records reports from several partitions at once, and deciding that a
 * report is a sighting of another, or linking two reports by a phone number, reads what the other
 * transaction may not have committed yet: without this, two copies of one ad processed side by
 * side would both become queue items, and two ads sharing a number would not be linked.
 *
 * <p>Row locks on {@code content_lock} (V81), one row per URL, fingerprint and contact (hashed),
 * taken in ascending order at the start of the transaction (so two transactions never wait for
 * each other in a cycle) and released at its end. Reports that share nothing do not wait for each
 * other. Row locks rather than advisory locks: a batch of 500 reports needs some 1,500 of them,
 * beyond PostgreSQL's shared lock table (ADR 0016).
 */
@Component
class ContentLocks {

    private final JdbcClient jdbc;

    ContentLocks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Takes the locks of this report's URL, fingerprint and contacts for the current transaction. */
    void lockFor(AssessedReport report) {
        lockForAll(java.util.List.of(report));
    }

    /**
     * Takes the locks of every report of a batch at once, in ascending order (one statement): a
     * batch recorded in one transaction waits only for the batches that share something with it.
     */
    void lockForAll(java.util.Collection<AssessedReport> reports) {
        var keys = new TreeSet<Long>();
        for (var report : reports) {
            add(keys, "url", report.ad().canonicalUrl());
            add(keys, "fingerprint", report.assessment().fingerprint());
            report.assessment().entities().phones().forEach(phone -> add(keys, "contact", phone));
            report.assessment().entities().handles().forEach(handle -> add(keys, "contact", handle));
        }
        if (keys.isEmpty()) {
            return;
        }
        // ascending (order by): two batches that share keys take them in the same order, never in a cycle
        jdbc.sql("""
                insert into content_lock (key) select k from unnest(cast(:keys as bigint[])) as k order by k
                on conflict (key) do update set key = excluded.key""")
                .param("keys", keys.toArray(Long[]::new))
                .update();
    }

    private static void add(TreeSet<Long> keys, String kind, String value) {
        if (value != null && !value.isBlank()) {
            keys.add(AdvisoryLockKeys.of(kind + ":" + value));
        }
    }
}
