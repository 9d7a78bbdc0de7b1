package fr.vigie.triage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Reads a whole report with its history. */
@Repository
class ReportReader {

    private static final TypeReference<List<Signal>> SIGNALS = new TypeReference<>() {
    };
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };
    private static final TypeReference<Map<String, String>> DETAILS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Sightings sightings;
    private final ContactLinks links;

    ReportReader(JdbcClient jdbc, JsonMapper json, Sightings sightings, ContactLinks links) {
        this.jdbc = jdbc;
        this.json = json;
        this.sightings = sightings;
        this.links = links;
    }

    boolean exists(UUID id) {
        return jdbc.sql("select count(*) from report where id = :id").param("id", id).query(Long.class).single() == 1;
    }

    Optional<ReportStatus> status(UUID id) {
        return jdbc.sql("select status from report where id = :id").param("id", id)
                .query((rs, n) -> ReportStatus.valueOf(rs.getString("status"))).optional();
    }

    Optional<ReportDetail> detail(UUID id, Claim claim) {
        var history = history(id);
        var seen = sightings.of(id);
        var linked = links.linked(id);
        return jdbc.sql("select * from report where id = :id").param("id", id)
                .query((rs, n) -> new ReportDetail(
                        rs.getObject("id", UUID.class),
                        rs.getInt("version"),
                        PriorityBand.valueOf(rs.getString("priority")),
                        rs.getInt("score"),
                        json.readValue(rs.getString("signals"), SIGNALS),
                        entities(rs.getString("entities")),
                        ReportStatus.valueOf(rs.getString("status")),
                        rs.getString("platform"),
                        rs.getString("platform_name"),
                        rs.getString("url"),
                        rs.getString("text"),
                        rs.getTimestamp("observed_at").toInstant(),
                        rs.getTimestamp("received_at").toInstant(),
                        new ReportDetail.Location(rs.getString("city"), rs.getString("postal_code"), rs.getString("department")),
                        json.readValue(rs.getString("contacts"), STRINGS),
                        rs.getString("reporter_concern"),
                        rs.getString("note"),
                        rs.getString("source_name"),
                        rs.getString("submitted_by"),
                        seen,
                        linked,
                        claim,
                        history))
                .optional();
    }

    private ReportEntities entities(String stored) {
        var entities = json.readValue(stored, ReportEntities.class);
        return entities.phones() == null ? ReportEntities.none() : entities;
    }

    private List<HistoryEntry> history(UUID id) {
        var entries = new ArrayList<HistoryEntry>();
        entries.addAll(jdbc.sql("select id, type, author, created_at, details::text as details, supersedes from decision where report_id = :id")
                .param("id", id)
                .query((rs, n) -> new HistoryEntry("DECISION", rs.getObject("id", UUID.class), rs.getString("type"),
                        rs.getString("author"), rs.getTimestamp("created_at").toInstant(),
                        json.readValue(rs.getString("details"), DETAILS), rs.getObject("supersedes", UUID.class)))
                .list());
        entries.addAll(jdbc.sql("select id, author, created_at, text, shareable from report_note where report_id = :id")
                .param("id", id)
                .query((rs, n) -> new HistoryEntry("NOTE", rs.getObject("id", UUID.class),
                        rs.getBoolean("shareable") ? "SHAREABLE" : "INTERNAL", rs.getString("author"),
                        rs.getTimestamp("created_at").toInstant(), Map.of("text", rs.getString("text")), null))
                .list());
        entries.addAll(jdbc.sql("select id, action, author, at, worker from escalation_answer where report_id = :id")
                .param("id", id)
                .query((rs, n) -> new HistoryEntry("ANSWER", rs.getObject("id", UUID.class), rs.getString("action"),
                        rs.getString("author"), rs.getTimestamp("at").toInstant(),
                        rs.getString("worker") == null ? Map.of() : Map.of("worker", rs.getString("worker")), null))
                .list());
        entries.sort(Comparator.comparing(HistoryEntry::at));
        return entries;
    }
}
