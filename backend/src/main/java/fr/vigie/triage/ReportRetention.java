package fr.vigie.triage;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the retention job may do to the reports and their history, and nothing else: find reports
 * whose status has not changed for a given time, delete them with everything attached, or remove
 * their content. A report's age for retention is the time since its last decision (or, without
 * one, since its last update): rescoring touches {@code updated_at} and must not keep a closed
 * report alive.
 */
@Service
public class ReportRetention {

    /** A report the retention policy concerns: ids and dates only, never content. */
    public record Candidate(UUID id, String status, Instant since) {
    }

    /** Keys of a decision's details that are codes, kept by anonymisation; free text goes. */
    private static final List<String> DECISION_CODES = List.of("type", "channel", "urgency");

    private static final String SINCE = "coalesce((select max(d.created_at) from decision d where d.report_id = r.id), r.updated_at)";

    private final JdbcClient jdbc;
    private final org.springframework.context.ApplicationEventPublisher publisher;

    ReportRetention(JdbcClient jdbc, org.springframework.context.ApplicationEventPublisher publisher) {
        this.jdbc = jdbc;
        this.publisher = publisher;
    }

    /** Reports in this status, not anonymised yet, unchanged since before {@code before}; oldest first. */
    public List<Candidate> unchangedSince(String status, Instant before, int limit) {
        return jdbc.sql("""
                select id, status, since from (
                    select r.id, r.status, %s as since from report r
                    where r.status = :status and r.anonymised_at is null and r.updated_at < :before) c
                where since < :before
                order by since limit :limit""".formatted(SINCE))
                .param("status", status).param("before", Timestamp.from(before)).param("limit", limit)
                .query((rs, n) -> new Candidate(rs.getObject("id", UUID.class), rs.getString("status"),
                        rs.getTimestamp("since").toInstant()))
                .list();
    }

    /** How many reports per status, other than {@code excluded}, are unchanged since before {@code before}. */
    public Map<String, Long> countUnchangedSince(Instant before, Collection<String> excluded) {
        var rows = jdbc.sql("""
                select status, count(*) as n from (select r.status, %s as since from report r
                    where r.updated_at < :before) c
                where since < :before group by status""".formatted(SINCE))
                .param("before", Timestamp.from(before))
                .query((rs, n) -> Map.entry(rs.getString("status"), rs.getLong("n"))).list();
        return rows.stream().filter(e -> !excluded.contains(e.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, Long::sum, java.util.TreeMap::new));
    }

    /**
     * Deletes these reports and everything attached to them: decisions and their approvals,
     * referral steps, notes, claims and their history, who read them, answers to their
     * escalations, earlier versions, contacts, sightings, the intake record, the webhook
     * deliveries ({@link ReportsRemoved}); reports merged into them are detached
     * (they have their own status and retention).
     *
     * @return how many reports were deleted
     */
    @Transactional
    public int delete(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        var list = List.copyOf(ids);
        allowHistoryRewrite();
        jdbc.sql("update report set merged_into = null where merged_into in (:ids)").param("ids", list).update();
        jdbc.sql("delete from sighting where report_id in (:ids) or sighted_as in (:ids)").param("ids", list).update();
        // the other features' rows about these reports go in this transaction (intake records, alerts, webhook deliveries)
        publisher.publishEvent(new ReportsRemoved(list));
        for (String table : List.of("report_contact", "report_version", "report_claim", "report_claim_history",
                "report_reading", "escalation_answer", "report_note", "decision_approval", "referral_step",
                "watch_alert", "report_follow_up")) {
            jdbc.sql("delete from " + table + " where report_id in (:ids)").param("ids", list).update();
        }
        // decisions may supersede each other: latest first
        jdbc.sql("update decision set supersedes = null where report_id in (:ids)").param("ids", list).update();
        jdbc.sql("delete from decision where report_id in (:ids)").param("ids", list).update();
        return jdbc.sql("delete from report where id in (:ids)").param("ids", list).update();
    }

    /**
     * Removes these reports' content — text, URLs, platform name, contacts, extracted entities,
     * reporter's note, city, postal code, the words quoted as signal evidence, earlier versions,
     * contact links, the text of notes, the free text of decisions and approvals, referral
     * recipients and references — and marks them anonymised.
     * What stays: id, source, external id, platform type, département, dates, band, score, signal
     * codes, status, decision types and channels.
     *
     * @return how many reports were anonymised
     */
    @Transactional
    public int anonymise(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        var list = List.copyOf(ids);
        allowHistoryRewrite();
        jdbc.sql("delete from report_version where report_id in (:ids)").param("ids", list).update();
        jdbc.sql("delete from report_contact where report_id in (:ids)").param("ids", list).update();
        jdbc.sql("update report_note set text = '' where report_id in (:ids)").param("ids", list).update();
        // an approval's comment is free text; a referral's recipient and reference name the case elsewhere
        jdbc.sql("update decision_approval set comment = '' where report_id in (:ids)").param("ids", list).update();
        jdbc.sql("update referral_step set recipient = null, reference = null where report_id in (:ids)").param("ids", list).update();
        jdbc.sql("""
                update decision set details = (select coalesce(jsonb_object_agg(key, value), '{}'::jsonb)
                                               from jsonb_each(details) where key in (:codes))
                where report_id in (:ids)""").param("ids", list).param("codes", DECISION_CODES).update();
        return jdbc.sql("""
                update report set text = '', url = null, canonical_url = null, platform_name = null,
                    contacts = '[]'::jsonb, entities = '{}'::jsonb, note = null, city = null, postal_code = null,
                    signals = (select coalesce(jsonb_agg(s - 'evidence'), '[]'::jsonb) from jsonb_array_elements(signals) s),
                    anonymised_at = now(), revision = nextval('report_revision')
                where id in (:ids) and anonymised_at is null""")
                .param("ids", list).update();
    }

    private void allowHistoryRewrite() {
        jdbc.sql("select set_config('vigie.retention', 'on', true)").query((rs, n) -> 1).list();
    }
}
