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
        return submissions.byReportId(source.key(), id).map(this::view);
    }

    Optional<ReportStatusView> byExternalId(SubmissionSource source, String externalId) {
        return submissions.byExternalId(source.key(), externalId).map(this::view);
    }

    private ReportStatusView view(IntakeSubmissions.Stored stored) {
        var progress = reports.partnerProgress(stored.reportId());
        String status = progress.map(p -> p.status()).orElse("RECEIVED");
        var updatedAt = progress.map(p -> p.updatedAt()).filter(t -> t.isAfter(stored.updatedAt())).orElse(stored.updatedAt());
        return new ReportStatusView(stored.reportId(), stored.externalId(), status, stored.version(), updatedAt);
    }
}
