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
 * <p>PostgreSQL transaction-level advisory locks, one per URL, fingerprint and contact, taken in
 * ascending order at the start of the transaction (so two transactions never wait for each other
 * in a cycle) and released at its end. Reports that share nothing do not wait for each other.
 */
@Component
class ContentLocks {

    private final JdbcClient jdbc;

    ContentLocks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Takes the locks of this report's URL, fingerprint and contacts for the current transaction. */
    void lockFor(AssessedReport report) {
        var keys = new TreeSet<Long>();
        add(keys, "url", report.ad().canonicalUrl());
        add(keys, "fingerprint", report.assessment().fingerprint());
        report.assessment().entities().phones().forEach(phone -> add(keys, "contact", phone));
        report.assessment().entities().handles().forEach(handle -> add(keys, "contact", handle));
        if (keys.isEmpty()) {
            return;
        }
        // unnest keeps the array's (ascending) order; the function is volatile, so every call runs
        jdbc.sql("select count(*) from (select pg_advisory_xact_lock(k) from unnest(:keys) as k) as taken")
                .param("keys", keys.toArray(Long[]::new))
                .query(Long.class).single();
    }

    private static void add(TreeSet<Long> keys, String kind, String value) {
        if (value != null && !value.isBlank()) {
            keys.add(AdvisoryLockKeys.of(kind + ":" + value));
        }
    }
}
