package fr.vigie.intake;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;

import fr.vigie.triage.PartnerFeedback;

/**
 * A source's own reports and where they stand. Ownership comes from intake's own record, so a
 * report acknowledged but not yet processed already reads {@code RECEIVED}, and another
 * source's report is indistinguishable from an unknown one.
 */
@Service
class ReportStatuses {

    /** A page of a partner's changed reports, and the cursor of the next page (null at the end). */
    record Updates(List<ReportStatusView> items, String next) {
    }

    private final IntakeSubmissions submissions;
    private final PartnerFeedback feedback;

    ReportStatuses(IntakeSubmissions submissions, PartnerFeedback feedback) {
        this.submissions = submissions;
        this.feedback = feedback;
    }

    Optional<ReportStatusView> byId(SubmissionSource source, UUID id) {
        return submissions.byReportId(source.key(), id).flatMap(this::view);
    }

    Optional<ReportStatusView> byExternalId(SubmissionSource source, String externalId) {
        return submissions.byExternalId(source.key(), externalId).flatMap(this::view);
    }

    /**
     * The partner's processed reports whose status, outcome or shared notes changed after
     * {@code since}, oldest change first (a report acknowledged but not processed yet reads
     * {@code RECEIVED} and has not changed).
     */
    Updates changedSince(UUID partnerId, Instant since, PartnerFeedback.Cursor after, int limit) {
        var page = feedback.changedSince(partnerId, since, after, limit);
        var items = page.stream().map(u -> new ReportStatusView(u.id(), u.externalId(), u.progress().status(), u.version(),
                u.progress().updatedAt(), u.progress().outcome(), u.progress().sharedNotes())).toList();
        String next = page.size() < limit ? null
                : new PartnerFeedback.Cursor(page.getLast().progress().updatedAt(), page.getLast().id()).toString();
        return new Updates(items, next);
    }

    /**
     * A submission never committed to the intake log was answered 503: it is not there, and the
     * read-back says so (404) rather than {@code RECEIVED}. Processed, it is there in any case.
     */
    private Optional<ReportStatusView> view(IntakeSubmissions.Stored stored) {
        var progress = feedback.progress(stored.reportId());
        if (progress.isEmpty() && !stored.everSent()) {
            return Optional.empty();
        }
        String status = progress.map(p -> p.status()).orElse("RECEIVED");
        var updatedAt = progress.map(p -> p.updatedAt()).filter(t -> t.isAfter(stored.updatedAt())).orElse(stored.updatedAt());
        return Optional.of(new ReportStatusView(stored.reportId(), stored.externalId(), status, stored.version(), updatedAt,
                progress.map(p -> p.outcome()).orElse(null), progress.map(p -> p.sharedNotes()).orElse(List.of())));
    }
}
