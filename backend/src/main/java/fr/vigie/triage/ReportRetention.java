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

/**
 * What the retention job may do to the report table, and nothing else: find reports whose status
 * has not changed for a given time, delete them, or remove their content. The age of a report
 * for retention is the time since its last status change ({@code updated_at}).
 */
@Service
public class ReportRetention {

    /** A report the retention policy concerns: ids and dates only, never content. */
    public record Candidate(UUID id, String status, Instant updatedAt) {
    }

    private final JdbcClient jdbc;

    ReportRetention(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Reports in this status, not anonymised yet, unchanged since before {@code before}; oldest first. */
    public List<Candidate> unchangedSince(String status, Instant before, int limit) {
        return jdbc.sql("""
                select id, status, updated_at from report
                where status = :status and updated_at < :before and anonymised_at is null
                order by updated_at limit :limit""")
                .param("status", status).param("before", Timestamp.from(before)).param("limit", limit)
                .query((rs, n) -> new Candidate(rs.getObject("id", UUID.class), rs.getString("status"),
                        rs.getTimestamp("updated_at").toInstant()))
                .list();
    }

    /** How many reports per status, other than {@code excluded}, are unchanged since before {@code before}. */
    public Map<String, Long> countUnchangedSince(Instant before, Collection<String> excluded) {
        var rows = jdbc.sql("select status, count(*) as n from report where updated_at < :before group by status")
                .param("before", Timestamp.from(before))
                .query((rs, n) -> Map.entry(rs.getString("status"), rs.getLong("n"))).list();
        return rows.stream().filter(e -> !excluded.contains(e.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, Long::sum, java.util.TreeMap::new));
    }

    /** Deletes these reports. */
    public int delete(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        return jdbc.sql("delete from report where id in (:ids)").param("ids", List.copyOf(ids)).update();
    }

    /**
     * Removes these reports' content — text, URL, platform name, contacts, reporter's note, city,
     * postal code, the words quoted as signal evidence — and marks them anonymised. What stays:
     * id, source, external id, platform type, department, dates, band, score, signal codes, status.
     */
    public int anonymise(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        return jdbc.sql("""
                update report set text = '', url = null, platform_name = null, contacts = '[]'::jsonb, note = null,
                    city = null, postal_code = null,
                    signals = (select coalesce(jsonb_agg(s - 'evidence'), '[]'::jsonb) from jsonb_array_elements(signals) s),
                    anonymised_at = now()
                where id in (:ids) and anonymised_at is null""")
                .param("ids", List.copyOf(ids)).update();
    }
}
