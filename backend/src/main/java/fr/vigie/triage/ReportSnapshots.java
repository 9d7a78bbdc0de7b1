package fr.vigie.triage;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;
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

    /** How the event's name appears in its JSON: events without it need not be parsed. */
    private static final String RECORDED = '"' + ReportEvent.RECORDED + '"';
    /**
     * The field as the outbox publishes it (PostgreSQL's text of a jsonb: {@code "key": value}) and
     * as Jackson writes it. Unescaped quotes only delimit keys and strings, and no field of an event
     * is an object, so either text is the top-level {@code event} field: such an event, most of
     * them, need not be parsed either (issue 18: one parse per new report in the search feed).
     */
    private static final List<String> EVENT_RECORDED = List.of("\"event\": " + RECORDED, "\"event\":" + RECORDED);

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ReportSnapshots(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * Whether this event of {@link PartnerFeedback#CHANGES_TOPIC} only announces a report just
     * recorded ({@code RECORDED}): processing indexes such a report itself, with the document
     * {@link Recorded} carries, before its offset is committed — so the feed has nothing to add.
     * Any other event, or one it cannot read, is not.
     */
    public boolean announcesNewReport(String event) {
        if (event == null || !event.contains(RECORDED)) {
            return false; // a later change of a report: no need to parse it
        }
        for (String field : EVENT_RECORDED) {
            if (event.contains(field)) {
                return true;
            }
        }
        try {
            return ReportEvent.RECORDED.equals(json.readValue(event, ReportEvent.class).event());
        } catch (JacksonException e) {
            return false;
        }
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

    /**
     * A report just recorded, as {@link #current(UUID)} would read it back in the transaction that
     * inserted it: what was inserted, the network rule's raise if it raised the report itself, its
     * contacts as linked, no sighting and no decision yet. Built from what the recording holds, so
     * that processing indexes the complete document without reading the report back; kept next
     * to {@link #SELECT} because the two must say the same ({@code RecordedReportIndexIT} checks it).
     */
    static IndexableReport recorded(AssessedReport r, long revision, boolean raisedItself) {
        var assessment = r.assessment();
        var codes = new ArrayList<String>(assessment.signals().size() + 1);
        assessment.signals().forEach(s -> codes.add(s.code()));
        if (raisedItself) {
            codes.add(ContactLinks.SIGNAL);
        }
        Collections.sort(codes);
        // report_contact: the phones and handles found, once each, in the order the read above sorts them
        var contacts = new TreeSet<String>(assessment.entities().phones());
        contacts.addAll(assessment.entities().handles());
        var phones = new ArrayList<String>();
        var handles = new ArrayList<String>();
        contacts.forEach(c -> (c.startsWith("+") ? phones : handles).add(c));
        return new IndexableReport(r.id(), revision, r.ad().text(), r.ad().platform(), r.ad().platformName(),
                raisedItself ? PriorityBand.P2.name() : assessment.priority().name(),
                raisedItself ? assessment.score() + ContactLinks.RAISE : assessment.score(), ReportStatus.NEW.name(),
                asStored(r.ad().observedAt()), asStored(r.sender().receivedAt()), r.place().city(), r.place().department(),
                codes, phones, handles, 0, List.of());
    }

    /** An instant as a timestamp column keeps it: the driver rounds it to the microsecond (half up). */
    static Instant asStored(Instant instant) {
        return instant.plusNanos(500).truncatedTo(ChronoUnit.MICROS);
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
