package fr.vigie.triage;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The escalations inbox: reports a worker escalated, waiting for a coordinator, and the answers
 * (take over, return to a worker with a note, decide), recorded like decisions.
 */
@Service
public class Escalations {

    /**
     * One escalated report: who escalated it, when, why (the worker's words to her coordinator),
     * and where it was seen. Never the report's text.
     */
    public record Escalation(UUID reportId, UUID decisionId, PriorityBand priority, String platform, String department,
            String escalatedBy, Instant escalatedAt, String reason) {
    }

    public enum Action { TAKE_OVER, RETURN, DECIDE }

    /** An answer as recorded. */
    public record AnsweredEscalation(UUID id, UUID reportId, UUID escalationId, Action action, String author, Instant at,
            String worker) {
    }

    private final JdbcClient jdbc;
    private final Claims claims;
    private final ReportEvents events;
    private final Clock clock = Clock.systemUTC();

    Escalations(JdbcClient jdbc, Claims claims, ReportEvents events) {
        this.jdbc = jdbc;
        this.claims = claims;
        this.events = events;
    }

    /** Escalated reports not answered yet, oldest first. */
    public List<Escalation> open() {
        return jdbc.sql("""
                select r.id, r.priority, r.platform, r.department, d.id as decision_id, d.author, d.created_at,
                       d.details->>'reason' as reason
                from report r
                join lateral (select * from decision d where d.report_id = r.id and d.type = 'ESCALATE'
                              order by d.created_at desc limit 1) d on true
                where r.status = 'ESCALATED'
                order by d.created_at, r.id""")
                .query((rs, n) -> new Escalation(rs.getObject("id", UUID.class), rs.getObject("decision_id", UUID.class),
                        PriorityBand.valueOf(rs.getString("priority")), rs.getString("platform"), rs.getString("department"),
                        rs.getString("author"), rs.getTimestamp("created_at").toInstant(), rs.getString("reason")))
                .list();
    }

    /**
     * A coordinator takes the escalated report over (it becomes hers) or returns it to a worker
     * (to whoever escalated it unless another is named) with a note; either way it is back in
     * review. The note is an internal note of the report.
     */
    @Transactional
    public AnsweredEscalation answer(UUID reportId, String coordinator, Action action, String note, String worker) {
        var escalation = pending(reportId);
        var id = UUID.randomUUID();
        var now = clock.instant();
        String to = null;
        UUID noteId = null;
        if (action == Action.TAKE_OVER) {
            claims.assign(reportId, coordinator);
        } else if (action == Action.RETURN) {
            to = worker == null || worker.isBlank() ? escalation.escalatedBy() : worker.strip();
            noteId = UUID.randomUUID();
            jdbc.sql("insert into report_note (id, report_id, author, created_at, text, shareable) values (:id, :r, :a, :at, :t, false)")
                    .param("id", noteId).param("r", reportId).param("a", coordinator).param("at", Timestamp.from(now))
                    .param("t", note.strip()).update();
            claims.assign(reportId, to);
        } else {
            throw new IllegalArgumentException("a decision answers through Workbench.decide");
        }
        jdbc.sql("update report set status = 'IN_REVIEW', updated_at = now() where id = :id").param("id", reportId).update();
        insert(id, escalation, action, coordinator, now, to, noteId, null);
        events.announce(reportId, "ANSWERED", null);
        return new AnsweredEscalation(id, reportId, escalation.decisionId(), action, coordinator, now, to);
    }

    /** A coordinator's decision on an escalated report answers the escalation. */
    void decided(UUID reportId, String coordinator, UUID decisionId, Instant at) {
        var escalation = open().stream().filter(e -> e.reportId().equals(reportId)).findFirst();
        escalation.ifPresent(e -> insert(UUID.randomUUID(), e, Action.DECIDE, coordinator, at, null, null, decisionId));
    }

    private Escalation pending(UUID reportId) {
        return open().stream().filter(e -> e.reportId().equals(reportId)).findFirst()
                .orElseThrow(() -> TriageProblem.of(org.springframework.http.HttpStatus.CONFLICT,
                        "Ce signalement n'attend pas de réponse de la coordination / This report is not escalated"));
    }

    private void insert(UUID id, Escalation escalation, Action action, String author, Instant at, String worker, UUID noteId,
            UUID decisionId) {
        jdbc.sql("""
                insert into escalation_answer (id, report_id, escalation_id, action, author, at, worker, note_id, decision_id)
                values (:id, :r, :e, :action, :author, :at, :worker, :note, :decision)""")
                .param("id", id).param("r", escalation.reportId()).param("e", escalation.decisionId())
                .param("action", action.name()).param("author", author).param("at", Timestamp.from(at))
                .param("worker", worker).param("note", noteId).param("decision", decisionId)
                .update();
    }
}
