package fr.vigie.triage;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.vigie.infrastructure.web.FieldProblem;
import fr.vigie.infrastructure.web.StorableText;

/**
 * A referral's follow-through: {@code PREPARED} (the decision) → {@code SENT} → {@code ACKNOWLEDGED},
 * each step once, in that order, recorded by whoever did it (append-only rows). Which referrals
 * still wait to be sent or acknowledged, for the team's follow-up list.
 */
@Service
public class ReferralSteps {

    /** How a referral left: what the services accept. */
    static final Set<String> METHODS = Set.of("EMAIL", "SECURE_PLATFORM", "POSTAL_MAIL", "PHONE", "FAX", "HAND_DELIVERED", "OTHER");

    /** A step may be declared afterwards, never in the future (a few minutes of clock drift aside). */
    private static final Duration CLOCK_DRIFT = Duration.ofMinutes(5);

    private static final String SELECT = """
            select d.report_id, d.id, d.details->>'channel' as channel, d.details->>'urgency' as urgency, r.priority,
                d.author, d.created_at,
                s.author as sent_by, s.happened_at as sent_at, s.method, s.recipient,
                k.author as ack_by, k.happened_at as ack_at, k.reference
            from decision d join report r on r.id = d.report_id
            left join decision_approval a on a.decision_id = d.id
            left join referral_step s on s.decision_id = d.id and s.step = 'SENT'
            left join referral_step k on k.decision_id = d.id and k.step = 'ACKNOWLEDGED'
            where d.type = 'REFERRAL' and """ + DecisionStates.EFFECTIVE + " ";

    private final JdbcClient jdbc;
    private final Clock clock = Clock.systemUTC();

    ReferralSteps(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The report's referrals that count, oldest first. */
    public List<ReferralProgress> of(UUID reportId) {
        return jdbc.sql(SELECT + "and d.report_id = :report order by d.created_at, d.id").param("report", reportId)
                .query((rs, n) -> progress(rs)).list();
    }

    /**
     * The referrals still to be sent ({@code PREPARED}) or acknowledged ({@code SENT}), or only
     * those in {@code state}; oldest decision first.
     */
    public List<ReferralProgress> awaiting(String state, int limit) {
        String condition = switch (state == null ? "" : state) {
            case ReferralProgress.PREPARED -> "and s.id is null ";
            case ReferralProgress.SENT -> "and s.id is not null and k.id is null ";
            case ReferralProgress.ACKNOWLEDGED -> "and k.id is not null ";
            default -> "and k.id is null ";
        };
        return jdbc.sql(SELECT + condition + "order by d.created_at, d.id limit :limit").param("limit", limit)
                .query((rs, n) -> progress(rs)).list();
    }

    @Transactional
    public ReferralProgress sent(UUID reportId, UUID decisionId, Workbench.Actor actor, ReferralStepRequest request) {
        var problems = new ArrayList<FieldProblem>();
        String method = request == null ? null : request.method();
        if (method == null || method.isBlank()) {
            problems.add(new FieldProblem("method", "obligatoire / required"));
        } else if (!METHODS.contains(method)) {
            problems.add(new FieldProblem("method", "valeur inconnue / unknown value: "
                    + String.join(", ", METHODS.stream().sorted().toList())));
        }
        String recipient = optionalText(request == null ? null : request.recipient(), "recipient", 200, problems);
        var current = lock(reportId, decisionId);
        Instant at = when(request == null ? null : request.at(), current.decidedAt(), problems);
        if (!current.state().equals(ReferralProgress.PREPARED)) {
            throw TriageProblem.wrongState("Orientation déjà envoyée", "Referral already sent");
        }
        if (!problems.isEmpty()) {
            throw TriageProblem.invalid(problems);
        }
        insert(reportId, decisionId, "SENT", actor, at, Map.of("method", method, "recipient", recipient == null ? "" : recipient));
        return lock(reportId, decisionId);
    }

    @Transactional
    public ReferralProgress acknowledged(UUID reportId, UUID decisionId, Workbench.Actor actor, ReferralStepRequest request) {
        var problems = new ArrayList<FieldProblem>();
        String reference = optionalText(request == null ? null : request.reference(), "reference", 200, problems);
        if (reference == null && problems.isEmpty()) {
            problems.add(new FieldProblem("reference", "obligatoire : la référence donnée par le service / "
                    + "required: the reference the service gave"));
        }
        var current = lock(reportId, decisionId);
        Instant sentAt = current.sent() == null ? current.decidedAt() : current.sent().at();
        Instant at = when(request == null ? null : request.at(), sentAt, problems);
        if (!current.state().equals(ReferralProgress.SENT)) {
            throw TriageProblem.wrongState(current.state().equals(ReferralProgress.PREPARED)
                    ? "Orientation pas encore envoyée" : "Accusé de réception déjà enregistré",
                    current.state().equals(ReferralProgress.PREPARED) ? "Referral not sent yet" : "Acknowledgement already recorded");
        }
        if (!problems.isEmpty()) {
            throw TriageProblem.invalid(problems);
        }
        insert(reportId, decisionId, "ACKNOWLEDGED", actor, at, Map.of("reference", reference));
        return lock(reportId, decisionId);
    }

    /** The referral, its decision row locked (steps of one referral are recorded one after the other). */
    private ReferralProgress lock(UUID reportId, UUID decisionId) {
        var locked = jdbc.sql("""
                select d.type, d.approval_required, a.approved from decision d left join decision_approval a on a.decision_id = d.id
                where d.id = :decision and d.report_id = :report for update of d""")
                .param("decision", decisionId).param("report", reportId)
                .query((rs, n) -> new Object[] { rs.getString("type"), rs.getBoolean("approval_required"), rs.getObject("approved") })
                .optional().orElseThrow(TriageProblem::unknownDecision);
        if (!"REFERRAL".equals(locked[0])) {
            throw TriageProblem.wrongState("Cette décision n'est pas une orientation", "This decision is not a referral");
        }
        if ((boolean) locked[1] && !Boolean.TRUE.equals(locked[2])) {
            throw TriageProblem.wrongState(locked[2] == null ? "L'orientation attend sa seconde approbation"
                    : "L'orientation a été refusée", locked[2] == null ? "The referral awaits its second approval"
                    : "The referral was rejected");
        }
        return jdbc.sql(SELECT + "and d.id = :decision").param("decision", decisionId).query((rs, n) -> progress(rs)).single();
    }

    private void insert(UUID reportId, UUID decisionId, String step, Workbench.Actor actor, Instant at, Map<String, String> fields) {
        jdbc.sql("""
                insert into referral_step (id, decision_id, report_id, step, author, happened_at, method, recipient, reference)
                values (:id, :decision, :report, :step, :author, :at, :method, :recipient, :reference)""")
                .param("id", UUID.randomUUID()).param("decision", decisionId).param("report", reportId).param("step", step)
                .param("author", actor.username()).param("at", Timestamp.from(at))
                .param("method", fields.get("method")).param("recipient", blankToNull(fields.get("recipient")))
                .param("reference", fields.get("reference")).update();
    }

    private Instant when(String text, Instant notBefore, List<FieldProblem> problems) {
        Instant now = clock.instant();
        if (text == null || text.isBlank()) {
            return now;
        }
        try {
            Instant at = OffsetDateTime.parse(text.strip()).toInstant();
            if (at.isAfter(now.plus(CLOCK_DRIFT))) {
                problems.add(new FieldProblem("at", "ne peut pas être dans le futur / cannot be in the future"));
            } else if (at.isBefore(notBefore.minus(CLOCK_DRIFT))) {
                problems.add(new FieldProblem("at", "avant l'étape précédente / before the previous step"));
            }
            return at;
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem("at", "date et heure ISO-8601 attendues, ex. 2026-11-28T09:30:00+01:00 / "
                    + "an ISO-8601 date-time is expected"));
            return now;
        }
    }

    private static String optionalText(String value, String field, int max, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > max) {
            problems.add(new FieldProblem(field, max + " caractères au plus / at most " + max + " characters"));
            return null;
        }
        var fault = StorableText.fault(value);
        fault.ifPresent(f -> problems.add(new FieldProblem(field, f)));
        return fault.isPresent() ? null : value.strip();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static ReferralProgress progress(java.sql.ResultSet rs) throws java.sql.SQLException {
        var sent = rs.getTimestamp("sent_at") == null ? null : new ReferralProgress.Sent(rs.getString("sent_by"),
                rs.getTimestamp("sent_at").toInstant(), rs.getString("method"), rs.getString("recipient"));
        var ack = rs.getTimestamp("ack_at") == null ? null : new ReferralProgress.Acknowledged(rs.getString("ack_by"),
                rs.getTimestamp("ack_at").toInstant(), rs.getString("reference"));
        String state = ack != null ? ReferralProgress.ACKNOWLEDGED : sent != null ? ReferralProgress.SENT : ReferralProgress.PREPARED;
        return new ReferralProgress(rs.getObject("report_id", UUID.class), rs.getObject("id", UUID.class), rs.getString("channel"),
                rs.getString("urgency"), PriorityBand.valueOf(rs.getString("priority")), state, rs.getString("author"),
                rs.getTimestamp("created_at").toInstant(), sent, ack);
    }
}
