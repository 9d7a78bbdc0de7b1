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

    private final SignalRules rules;

    ReportAssessor(SignalRules rules) {
        this.rules = rules;
    }

    Assessment assess(ReportSubmission report) {
        String concern = report.reporterConcern() == null ? null : report.reporterConcern().name();
        return assess(rules.analyser(), report.text(), concern, report.observedAt(), report.contacts());
    }

    /** With given rules: for a preview of candidate rules, or rescoring after a publication. */
    static Assessment assess(ReportAnalyser analyser, String text, String concern, Instant observedAt,
            java.util.List<String> contacts) {
        var assessment = translate(analyser.analyse(text, concern, observedAt));
        if (contacts.isEmpty()) {
            return assessment;
        }
        // The contacts the reporter listed count as much as those in the text: same normalisation.
        var listed = analyser.analyse(String.join("\n", contacts), null, observedAt).entities();
        var e = assessment.entities();
        var entities = new ReportEntities(union(e.phones(), listed.phones()), union(e.handles(), listed.handles()),
                e.ages(), e.birthYears(), e.schoolLevels(), e.places());
        return new Assessment(assessment.band(), assessment.score(), assessment.signals(), entities,
                assessment.fingerprint(), assessment.rulesVersion());
    }

    private static java.util.List<String> union(java.util.List<String> a, java.util.List<String> b) {
        var all = new java.util.LinkedHashSet<>(a);
        all.addAll(b);
        return java.util.List.copyOf(all);
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
