package fr.vigie.intake;

import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;

import fr.vigie.triage.ReportRegistry;

/**
 * A source's own reports and where they stand. Ownership comes from intake's own record, so a
 * report acknowledged but not yet processed already reads {@code RECEIVED}, and another
 * source's report is indistinguishable from an unknown one.
 */
@Service
class ReportStatuses {

    private final IntakeSubmissions submissions;
    private final ReportRegistry reports;

    ReportStatuses(IntakeSubmissions submissions, ReportRegistry reports) {
        this.submissions = submissions;
        this.reports = reports;
    }

    Optional<ReportStatusView> byId(SubmissionSource source, UUID id) {
        return submissions.byReportId(source.key(), id).flatMap(this::view);
    }

    Optional<ReportStatusView> byExternalId(SubmissionSource source, String externalId) {
        return submissions.byExternalId(source.key(), externalId).flatMap(this::view);
    }

    /**
     * A submission never committed to the intake log was answered 503: it is not there, and the
     * read-back says so (404) rather than {@code RECEIVED}. Processed, it is there in any case.
     */
    private Optional<ReportStatusView> view(IntakeSubmissions.Stored stored) {
        var progress = reports.partnerProgress(stored.reportId());
        if (progress.isEmpty() && !stored.everSent()) {
            return Optional.empty();
        }
        String status = progress.map(p -> p.status()).orElse("RECEIVED");
        var updatedAt = progress.map(p -> p.updatedAt()).filter(t -> t.isAfter(stored.updatedAt())).orElse(stored.updatedAt());
        return Optional.of(new ReportStatusView(stored.reportId(), stored.externalId(), status, stored.version(), updatedAt));
    }
}
