package fr.vigie.triage;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The sending partner's view of a report (status, outcome, shared notes), and when it last
 * changed. A report merged into another (the same ad seen again) takes the status and outcome of
 * the report it was merged into, but only its own shared notes: notes written on the first report
 * were written for that report's sender.
 */
@Repository
class PartnerViews {

    /** The view without its date: what {@link #refresh} compares. */
    record View(String status, String outcome, List<PartnerProgress.SharedNote> sharedNotes) {
    }

    private static final Set<String> OUTCOMES = Set.of("CONTACT", "REFERRAL", "NO_ACTION", "DUPLICATE");

    private final JdbcClient jdbc;

    PartnerViews(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<View> of(UUID id) {
        return jdbc.sql("""
                select r.status, r.merged_into, o.status as followed_status
                from report r left join report o on o.id = r.merged_into where r.id = :id""")
                .param("id", id)
                .query((rs, n) -> {
                    UUID followed = rs.getObject("merged_into", UUID.class);
                    var status = ReportStatus.valueOf(followed == null ? rs.getString("status") : rs.getString("followed_status"));
                    return new View(PartnerStatus.of(status), outcome(followed == null ? id : followed, status), notes(id));
                })
                .optional();
    }

    /** The view with the time it last changed, as a partner reads it. */
    Optional<PartnerProgress> progress(UUID id) {
        return of(id).map(view -> new PartnerProgress(view.status(), jdbc.sql("select partner_updated_at from report where id = :id")
                .param("id", id).query(java.sql.Timestamp.class).single().toInstant(), view.outcome(), view.sharedNotes()));
    }

    /**
     * Recomputes the view; when it differs from the one last announced, stores it and dates the
     * change. Call inside the transaction of the change, before announcing it.
     *
     * @return whether the partner's view changed
     */
    boolean refresh(UUID id) {
        var view = of(id);
        if (view.isEmpty()) {
            return false;
        }
        var v = view.get();
        // clock_timestamp(), not now(): two changes in one transaction are two moments, in order
        return jdbc.sql("""
                update report set partner_status = :status, partner_outcome = :outcome, partner_shared_notes = :notes,
                    partner_updated_at = clock_timestamp()
                where id = :id and (partner_status is distinct from :status or partner_outcome is distinct from :outcome
                    or partner_shared_notes <> :notes)""")
                .param("status", v.status()).param("outcome", v.outcome()).param("notes", v.sharedNotes().size())
                .param("id", id).update() == 1;
    }

    /** The reports merged into this one whose view changed with it (they follow its status). */
    List<UUID> refreshFollowers(UUID id) {
        return jdbc.sql("select id from report where merged_into = :id order by id").param("id", id).query(UUID.class).list()
                .stream().filter(this::refresh).toList();
    }

    private String outcome(UUID decided, ReportStatus status) {
        if (status != ReportStatus.ACTIONED && status != ReportStatus.CLOSED) {
            return null;
        }
        return jdbc.sql("select d.type from decision d" + DecisionStates.JOIN + "where d.report_id = :id and "
                + DecisionStates.EFFECTIVE + " order by d.created_at desc, d.id")
                .param("id", decided).query(String.class).list().stream().filter(OUTCOMES::contains).findFirst().orElse(null);
    }

    private List<PartnerProgress.SharedNote> notes(UUID id) {
        // a note blanked by anonymisation is no longer shared
        return jdbc.sql("select text, created_at from report_note where report_id = :id and shareable and text <> '' order by created_at, id")
                .param("id", id)
                .query((rs, n) -> new PartnerProgress.SharedNote(rs.getString("text"), rs.getTimestamp("created_at").toInstant()))
                .list();
    }
}
