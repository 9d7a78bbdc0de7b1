package fr.vigie.triage;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.vigie.infrastructure.web.FieldProblem;
import fr.vigie.infrastructure.web.StorableText;

/**
 * Second approval ("four eyes"): a decision that {@link SecondApproval} names waits until another
 * coordinator approves it — the report then takes the decision's status — or rejects it — the
 * report goes back to the open queue, in review, and the decision never counted. The answer is a
 * row of its own: the decision is never changed.
 */
@Service
public class DecisionApprovals {

    private final JdbcClient jdbc;
    private final ReportEvents events;
    private final Claims claims;
    private final Clock clock = Clock.systemUTC();

    DecisionApprovals(JdbcClient jdbc, ReportEvents events, Claims claims) {
        this.jdbc = jdbc;
        this.events = events;
        this.claims = claims;
    }

    private record Pending(String type, String author, boolean required, Boolean answered) {
    }

    /** Approves or rejects; the caller is a coordinator (security rule), never the decision's author. */
    @Transactional
    public HistoryEntry answer(UUID reportId, UUID decisionId, Workbench.Actor actor, ApprovalRequest request) {
        var problems = new ArrayList<FieldProblem>();
        if (request == null || request.approve() == null) {
            problems.add(new FieldProblem("approve", "true ou false attendu / true or false is expected"));
        }
        String comment = request == null || request.comment() == null ? "" : request.comment().strip();
        if (request != null && Boolean.FALSE.equals(request.approve()) && comment.isEmpty()) {
            problems.add(new FieldProblem("comment", "obligatoire pour refuser / required to reject"));
        }
        if (comment.length() > 2000) {
            problems.add(new FieldProblem("comment", "2000 caractères au plus / at most 2000 characters"));
        } else {
            StorableText.fault(comment).ifPresent(fault -> problems.add(new FieldProblem("comment", fault)));
        }
        // the row is locked: two coordinators answering at once get one answer and one 409
        var decision = jdbc.sql("""
                select d.type, d.author, d.approval_required, a.approved from decision d
                left join decision_approval a on a.decision_id = d.id
                where d.id = :decision and d.report_id = :report for update of d""")
                .param("decision", decisionId).param("report", reportId)
                .query((rs, n) -> new Pending(rs.getString("type"), rs.getString("author"), rs.getBoolean("approval_required"),
                        (Boolean) rs.getObject("approved")))
                .optional().orElseThrow(TriageProblem::unknownDecision);
        if (!decision.required()) {
            throw TriageProblem.wrongState("Cette décision ne demande pas de seconde approbation",
                    "This decision needs no second approval");
        }
        if (decision.answered() != null) {
            throw TriageProblem.wrongState("Cette décision a déjà été " + (decision.answered() ? "approuvée" : "refusée"),
                    "This decision was already " + (decision.answered() ? "approved" : "rejected"));
        }
        if (decision.author().equals(actor.username())) {
            throw TriageProblem.ownDecision();
        }
        if (!problems.isEmpty()) {
            throw TriageProblem.invalid(problems);
        }
        boolean approved = request.approve();
        var now = clock.instant();
        jdbc.sql("""
                insert into decision_approval (decision_id, report_id, approved, comment, author, created_at)
                values (:decision, :report, :approved, :comment, :author, :at)""")
                .param("decision", decisionId).param("report", reportId).param("approved", approved).param("comment", comment)
                .param("author", actor.username()).param("at", Timestamp.from(now)).update();
        var status = approved ? DecisionType.valueOf(decision.type()).leadsTo() : ReportStatus.IN_REVIEW;
        jdbc.sql("update report set status = :status, updated_at = now() where id = :id")
                .param("status", status.name()).param("id", reportId).update();
        // decided, or back in the queue for whoever takes it next
        claims.releaseAny(reportId, approved ? Claims.End.DECIDED : Claims.End.RELEASED);
        events.announce(reportId, approved ? "DECISION_APPROVED" : "DECISION_REJECTED", decision.type());
        return new HistoryEntry("APPROVAL", decisionId, approved ? DecisionStates.APPROVED : DecisionStates.REJECTED,
                actor.username(), now, comment.isEmpty() ? Map.of() : Map.of("comment", comment), null, null);
    }

    /** Every decision waiting for a second coordinator, oldest first. */
    public List<PendingApproval> pending(Workbench.Actor actor) {
        return jdbc.sql("""
                select d.report_id, d.id, d.type, d.details->>'channel' as channel, d.details->>'urgency' as urgency,
                    d.details->>'reason' as reason, r.priority, d.author, d.created_at
                from decision d join report r on r.id = d.report_id
                where d.approval_required and not exists (select 1 from decision_approval a where a.decision_id = d.id)
                order by d.created_at, d.id""")
                .query((rs, n) -> new PendingApproval(rs.getObject("report_id", UUID.class), rs.getObject("id", UUID.class),
                        rs.getString("type"), rs.getString("channel"), rs.getString("urgency"),
                        "NO_ACTION".equals(rs.getString("type")) ? rs.getString("reason") : null,
                        PriorityBand.valueOf(rs.getString("priority")), rs.getString("author"),
                        rs.getTimestamp("created_at").toInstant(), rs.getString("author").equals(actor.username())))
                .list();
    }
}
