package fr.vigie.triage;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import fr.vigie.infrastructure.web.FieldProblem;

/**
 * The worker's actions on a report: read it, claim it, decide, write notes. Every change is
 * announced (outbox + live queue) in the transaction that makes it; history is only appended to.
 */
@Service
class Workbench {

    /** Who acts: their name and whether they coordinate (coordinators may act on any claim). */
    public record Actor(String username, boolean coordinator) {
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Claims claims;
    private final ReportReader reader;
    private final QueueQueries queue;
    private final ReportEvents events;
    private final Escalations escalations;
    private final SecondApproval secondApproval;
    private final Clock clock = Clock.systemUTC();

    Workbench(JdbcClient jdbc, JsonMapper json, Claims claims, ReportReader reader, QueueQueries queue, ReportEvents events,
            Escalations escalations, SecondApproval secondApproval) {
        this.jdbc = jdbc;
        this.json = json;
        this.claims = claims;
        this.reader = reader;
        this.queue = queue;
        this.events = events;
        this.escalations = escalations;
        this.secondApproval = secondApproval;
    }

    /** @param scope her shift's part of the queue, or null for the whole queue */
    QueueQueries.QueuePage queue(QueueFilter filter, Actor actor, QueueScope scope, java.util.Set<String> onShift) {
        return queue.queue(filter, actor.username(), scope, onShift);
    }

    public Map<PriorityBand, Long> openCounts(QueueScope scope) {
        return queue.openCounts(scope);
    }

    public ReportDetail read(UUID id) {
        return reader.detail(id, claims.current(id).orElse(null)).orElseThrow(TriageProblem::notFound);
    }

    /** Takes or renews the lease; 409 with the holder if someone else has it. */
    @Transactional
    public Claim claim(UUID id, Actor actor) {
        var status = reader.status(id).orElseThrow(TriageProblem::notFound);
        var claim = claims.take(id, actor.username()).orElseThrow(() -> TriageProblem.claimedBy(claims.current(id).orElseThrow()));
        if (status == ReportStatus.NEW) {
            jdbc.sql("update report set status = 'IN_REVIEW', updated_at = now() where id = :id").param("id", id).update();
        }
        events.announce(id, "CLAIMED", null);
        return claim;
    }

    @Transactional
    public void release(UUID id, Actor actor) {
        reader.status(id).orElseThrow(TriageProblem::notFound);
        if (actor.coordinator()) {
            claims.releaseAny(id, Claims.End.RELEASED);
        } else if (!claims.release(id, actor.username())) {
            claims.current(id).ifPresent(c -> {
                throw TriageProblem.claimedBy(c);
            });
        }
        events.announce(id, "RELEASED", null);
    }

    /** A coordinator hands the report to another worker. */
    @Transactional
    public Claim reassign(UUID id, String worker) {
        reader.status(id).orElseThrow(TriageProblem::notFound);
        var claim = claims.assign(id, worker);
        events.announce(id, "CLAIMED", null);
        return claim;
    }

    /**
     * Records a decision: the decider must hold the report's claim (a coordinator need not, to
     * answer an escalation or reassign). The report's status follows, the claim is released. A
     * decision that needs a second approval ({@link SecondApproval}) leaves the report
     * {@code PENDING_APPROVAL} until another coordinator approves or rejects it; meanwhile no other
     * decision can be taken on it.
     */
    @Transactional
    public HistoryEntry decide(UUID id, Actor actor, DecisionRequest request) {
        var status = reader.status(id).orElseThrow(TriageProblem::notFound);
        var holder = claims.current(id);
        if (!actor.coordinator() && holder.map(c -> !c.worker().equals(actor.username())).orElse(true)) {
            throw holder.map(TriageProblem::claimedBy).orElseGet(TriageProblem::claimFirst);
        }
        if (status == ReportStatus.PENDING_APPROVAL) {
            throw TriageProblem.awaitingApproval();
        }
        var checked = DecisionRules.check(request, LocalDate.now(clock.withZone(QueueQueries.PARIS)));
        var problems = new java.util.ArrayList<>(checked.problems());
        if (checked.duplicateOf() != null && (checked.duplicateOf().equals(id) || !reader.exists(checked.duplicateOf()))) {
            problems.add(new FieldProblem("duplicateOf", "signalement inconnu / unknown report"));
        }
        if (checked.supersedes() != null && jdbc.sql("select count(*) from decision where id = :d and report_id = :r")
                .param("d", checked.supersedes()).param("r", id).query(Long.class).single() == 0) {
            problems.add(new FieldProblem("supersedes", "décision inconnue pour ce signalement / unknown decision of this report"));
        }
        if (!problems.isEmpty()) {
            throw TriageProblem.invalid(problems);
        }
        var decisionId = UUID.randomUUID();
        var now = clock.instant();
        boolean approvalRequired = secondApproval.requiredFor(checked.type(), checked.details().get("channel"),
                reader.band(id).orElseThrow(TriageProblem::notFound));
        jdbc.sql("""
                insert into decision (id, report_id, type, author, created_at, details, supersedes, follow_up_on, approval_required)
                values (:id, :report, :type, :author, :at, cast(:details as jsonb), :supersedes, :followUp, :approval)""")
                .param("id", decisionId).param("report", id).param("type", checked.type().name())
                .param("author", actor.username()).param("at", java.sql.Timestamp.from(now))
                .param("details", json.writeValueAsString(checked.details()))
                .param("supersedes", checked.supersedes()).param("followUp", checked.followUpOn())
                .param("approval", approvalRequired)
                .update();
        if (status == ReportStatus.ESCALATED && actor.coordinator()) {
            escalations.decided(id, actor.username(), decisionId, now);
        }
        var next = approvalRequired ? ReportStatus.PENDING_APPROVAL : checked.type().leadsTo();
        jdbc.sql("update report set status = :status, updated_at = now() where id = :id")
                .param("status", next.name()).param("id", id).update();
        claims.releaseAny(id, Claims.End.DECIDED);
        events.announce(id, approvalRequired ? "DECISION_PENDING_APPROVAL" : "DECIDED", checked.type().name());
        return new HistoryEntry("DECISION", decisionId, checked.type().name(), actor.username(), now, checked.details(),
                checked.supersedes(), approvalRequired ? DecisionStates.PENDING_APPROVAL : DecisionStates.RECORDED);
    }

    /**
     * One decision for several reports at once — typically the ads of one phone number, which are
     * one situation. All or nothing: if any report is held by someone else or the decision is
     * invalid, none is decided.
     */
    @Transactional
    public List<HistoryEntry> decideTogether(List<UUID> ids, Actor actor, DecisionRequest request) {
        if (ids == null || ids.isEmpty() || ids.size() > 100) {
            throw TriageProblem.invalid(List.of(new FieldProblem("reportIds",
                    "entre 1 et 100 signalements / between 1 and 100 reports")));
        }
        var entries = new java.util.ArrayList<HistoryEntry>();
        for (UUID id : new java.util.LinkedHashSet<>(ids)) {
            claim(id, actor);
            entries.add(decide(id, actor, request));
        }
        return entries;
    }

    /** Lets go of everything this worker holds (her shift ended); the ids released. */
    @Transactional
    public List<UUID> releaseAllOf(String worker) {
        var released = claims.releaseAllOf(worker, Claims.End.HANDOVER);
        released.forEach(id -> events.announce(id, "RELEASED", null));
        return released;
    }

    /** A note: internal to the team, or shareable with the partner who sent the report. */
    @Transactional
    public HistoryEntry addNote(UUID id, Actor actor, String text, boolean shareable) {
        reader.status(id).orElseThrow(TriageProblem::notFound);
        if (text == null || text.isBlank() || text.length() > 4000) {
            throw TriageProblem.invalid(List.of(new FieldProblem("text",
                    "obligatoire, 4 000 caractères au plus / required, at most 4,000 characters")));
        }
        var noteId = UUID.randomUUID();
        var now = clock.instant();
        jdbc.sql("insert into report_note (id, report_id, author, created_at, text, shareable) values (:id, :r, :a, :at, :t, :s)")
                .param("id", noteId).param("r", id).param("a", actor.username()).param("at", java.sql.Timestamp.from(now))
                .param("t", text.strip()).param("s", shareable).update();
        if (shareable) {
            // the sender's read-back and webhook carry shared notes: a new one is a change for them
            events.announce(id, "NOTE_SHARED", null);
        }
        return new HistoryEntry("NOTE", noteId, shareable ? "SHAREABLE" : "INTERNAL", actor.username(), now,
                Map.of("text", text.strip()), null, null);
    }
}
