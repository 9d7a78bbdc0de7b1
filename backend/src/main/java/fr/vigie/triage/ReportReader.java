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
    private final ReferralSteps referrals;

    ReportReader(JdbcClient jdbc, JsonMapper json, Sightings sightings, ContactLinks links, ReferralSteps referrals) {
        this.jdbc = jdbc;
        this.json = json;
        this.sightings = sightings;
        this.links = links;
        this.referrals = referrals;
    }

    Optional<PriorityBand> band(UUID id) {
        return jdbc.sql("select priority from report where id = :id").param("id", id)
                .query((rs, n) -> PriorityBand.valueOf(rs.getString("priority"))).optional();
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
        var referred = referrals.of(id);
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
                        history,
                        referred))
                .optional();
    }

    private ReportEntities entities(String stored) {
        var entities = json.readValue(stored, ReportEntities.class);
        return entities.phones() == null ? ReportEntities.none() : entities;
    }

    private List<HistoryEntry> history(UUID id) {
        var entries = new ArrayList<HistoryEntry>();
        entries.addAll(jdbc.sql("select d.id, d.type, d.author, d.created_at, d.details::text as details, d.supersedes, "
                + DecisionStates.STATE + " from decision d" + DecisionStates.JOIN + "where d.report_id = :id")
                .param("id", id)
                .query((rs, n) -> new HistoryEntry("DECISION", rs.getObject("id", UUID.class), rs.getString("type"),
                        rs.getString("author"), rs.getTimestamp("created_at").toInstant(),
                        json.readValue(rs.getString("details"), DETAILS), rs.getObject("supersedes", UUID.class),
                        rs.getString("state")))
                .list());
        entries.addAll(jdbc.sql("select id, author, created_at, text, shareable from report_note where report_id = :id")
                .param("id", id)
                .query((rs, n) -> new HistoryEntry("NOTE", rs.getObject("id", UUID.class),
                        rs.getBoolean("shareable") ? "SHAREABLE" : "INTERNAL", rs.getString("author"),
                        rs.getTimestamp("created_at").toInstant(), Map.of("text", rs.getString("text")), null, null))
                .list());
        // a second coordinator's answer and a referral's steps: entries of their own, the decision unchanged
        entries.addAll(jdbc.sql("select decision_id, approved, comment, author, created_at from decision_approval where report_id = :id")
                .param("id", id)
                .query((rs, n) -> new HistoryEntry("APPROVAL", rs.getObject("decision_id", UUID.class),
                        rs.getBoolean("approved") ? DecisionStates.APPROVED : DecisionStates.REJECTED, rs.getString("author"),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getString("comment").isEmpty() ? Map.of() : Map.of("comment", rs.getString("comment")), null, null))
                .list());
        entries.addAll(jdbc.sql("""
                select decision_id, step, author, happened_at, method, recipient, reference from referral_step where report_id = :id""")
                .param("id", id)
                .query((rs, n) -> new HistoryEntry("REFERRAL_STEP", rs.getObject("decision_id", UUID.class), rs.getString("step"),
                        rs.getString("author"), rs.getTimestamp("happened_at").toInstant(),
                        stepDetails(rs.getString("method"), rs.getString("recipient"), rs.getString("reference")), null, null))
                .list());
        entries.addAll(jdbc.sql("select id, action, author, at, worker from escalation_answer where report_id = :id")
                .param("id", id)
                .query((rs, n) -> new HistoryEntry("ANSWER", rs.getObject("id", UUID.class), rs.getString("action"),
                        rs.getString("author"), rs.getTimestamp("at").toInstant(),
                        rs.getString("worker") == null ? Map.of() : Map.of("worker", rs.getString("worker")), null, null))
                .list());
        entries.sort(Comparator.comparing(HistoryEntry::at));
        return entries;
    }

    private static Map<String, String> stepDetails(String method, String recipient, String reference) {
        var details = new java.util.LinkedHashMap<String, String>();
        if (method != null) details.put("method", method);
        if (recipient != null) details.put("recipient", recipient);
        if (reference != null) details.put("reference", reference);
        return details;
    }
}
