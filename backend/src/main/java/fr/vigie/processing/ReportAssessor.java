package fr.vigie.processing;

import java.time.Instant;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import fr.vigie.intake.ReportSubmission;
import fr.vigie.processing.analysis.Analysis;
import fr.vigie.processing.analysis.Evidence;
import fr.vigie.processing.analysis.ReportAnalyser;
import fr.vigie.triage.PriorityBand;
import fr.vigie.triage.ReportEntities;
import fr.vigie.triage.Signal;

/** Runs the analysis engine on a submitted report and translates its verdict for triage. */
@Component
class ReportAssessor {

    private final ReportAnalyser analyser = ReportAnalyser.withDefaultRules();

    Assessment assess(ReportSubmission report) {
        String concern = report.reporterConcern() == null ? null : report.reporterConcern().name();
        Instant observedAt = report.observedAt();
        return translate(analyser.analyse(report.text(), concern, observedAt));
    }

    static Assessment translate(Analysis analysis) {
        var signals = analysis.signals().stream()
                .map(s -> new Signal(s.code(), s.label(),
                        s.evidence().isEmpty() ? null : s.evidence().stream().map(Evidence::text).collect(Collectors.joining(" … ")),
                        s.evidence().stream().map(e -> new Signal.Range(e.start(), e.end())).toList()))
                .toList();
        var e = analysis.entities();
        var entities = new ReportEntities(e.phones(), e.handles(), e.ages(), e.birthYears(), e.schoolLevels(), e.places());
        return new Assessment(PriorityBand.valueOf(analysis.band().name()), analysis.score(), signals, entities,
                analysis.fingerprint(), analysis.rulesVersion());
    }
}
