package fr.vigie.processing;

import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;

import fr.vigie.intake.ReportSubmission;
import fr.vigie.processing.analysis.ReportAnalyser;
import fr.vigie.triage.Assessment;

/** Runs the analysis engine on a submitted report and gives its verdict in triage's terms ({@link TriageTerms}). */
@Component
class ReportAssessor {

    private final SignalRules rules;

    ReportAssessor(SignalRules rules) {
        this.rules = rules;
    }

    /** A report's assessment, and the terms of its text for the search index (computed once, with it). */
    record Assessed(Assessment assessment, List<String> terms) {
    }

    Assessed assess(ReportSubmission report) {
        String concern = report.reporterConcern() == null ? null : report.reporterConcern().name();
        var analysed = rules.analyser().analyseWithTerms(report.text(), concern, report.observedAt());
        return new Assessed(assessment(rules.analyser(), analysed.analysis(), report.contacts(), report.observedAt()),
                analysed.terms());
    }

    /** With given rules: for a preview of candidate rules, or rescoring after a publication. */
    static Assessment assess(ReportAnalyser analyser, String text, String concern, Instant observedAt,
            List<String> contacts) {
        return assessment(analyser, analyser.analyse(text, concern, observedAt), contacts, observedAt);
    }

    private static Assessment assessment(ReportAnalyser analyser, fr.vigie.processing.analysis.Analysis analysis,
            List<String> contacts, Instant observedAt) {
        if (!contacts.isEmpty()) {
            // The contacts the reporter listed count as much as those in the text: same normalisation.
            var listed = analyser.analyse(String.join("\n", contacts), null, observedAt).entities();
            analysis = analysis.withEntities(analysis.entities().withContactsOf(listed));
        }
        return TriageTerms.of(analysis);
    }
}
