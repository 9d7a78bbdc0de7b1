package fr.vigie.triage;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The current state of reports for the search index, each with its revision: one report (on each
 * change announced on {@code vigie.reports.events}), some reports, or all of them page by page (a
 * reindex). Read in one repeatable-read snapshot, so the parts of a report agree with its
 * revision.
 */
@Component
public class ReportSnapshots {

    private static final String SELECT = """
            select r.id, r.revision, r.text, r.platform, r.platform_name, r.priority, r.score, r.status, r.observed_at,
                   r.received_at, r.city, r.department,
                   coalesce((select array_agg(s->>'code' order by s->>'code') from jsonb_array_elements(r.signals) s), '{}') as signal_codes,
                   coalesce((select array_agg(c.contact order by c.contact) from report_contact c where c.report_id = r.id), '{}') as contacts,
                   (select count(*) from sighting s where s.report_id = r.id) as sightings,
                   coalesce((select array_agg(d.type order by d.created_at) from decision d where d.report_id = r.id), '{}') as decisions
            from report r
            """;

    private final JdbcClient jdbc;

    ReportSnapshots(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The report as it stands now, or empty if it is no longer there (purged). */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Optional<IndexableReport> current(UUID id) {
        return jdbc.sql(SELECT + " where r.id = :id").param("id", id).query(ReportSnapshots::snapshot).optional();
    }

    /** These reports as they stand now (those that are still there). */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public List<IndexableReport> current(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " where r.id in (:ids)").param("ids", List.copyOf(ids)).query(ReportSnapshots::snapshot).list();
    }

    /** Up to {@code size} reports in id order after {@code after} (null: from the first): a reindex's pages. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public List<IndexableReport> page(UUID after, int size) {
        return jdbc.sql(SELECT + " where (cast(:after as uuid) is null or r.id > cast(:after as uuid)) order by r.id limit :size")
                .param("after", after).param("size", size).query(ReportSnapshots::snapshot).list();
    }

    private static IndexableReport snapshot(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        var contacts = List.of((String[]) rs.getArray("contacts").getArray());
        return new IndexableReport(rs.getObject("id", UUID.class), rs.getLong("revision"), rs.getString("text"),
                rs.getString("platform"), rs.getString("platform_name"), rs.getString("priority"), rs.getInt("score"),
                rs.getString("status"), rs.getTimestamp("observed_at").toInstant(), rs.getTimestamp("received_at").toInstant(),
                rs.getString("city"), rs.getString("department"), List.of((String[]) rs.getArray("signal_codes").getArray()),
                contacts.stream().filter(c -> c.startsWith("+")).toList(), contacts.stream().filter(c -> !c.startsWith("+")).toList(),
                rs.getInt("sightings"), List.of((String[]) rs.getArray("decisions").getArray()));
    }
}
