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

    Assessment assess(ReportSubmission report) {
        String concern = report.reporterConcern() == null ? null : report.reporterConcern().name();
        return assess(rules.analyser(), report.text(), concern, report.observedAt(), report.contacts());
    }

    /** With given rules: for a preview of candidate rules, or rescoring after a publication. */
    static Assessment assess(ReportAnalyser analyser, String text, String concern, Instant observedAt,
            List<String> contacts) {
        var analysis = analyser.analyse(text, concern, observedAt);
        if (!contacts.isEmpty()) {
            // The contacts the reporter listed count as much as those in the text: same normalisation.
            var listed = analyser.analyse(String.join("\n", contacts), null, observedAt).entities();
            analysis = analysis.withEntities(analysis.entities().withContactsOf(listed));
        }
        return TriageTerms.of(analysis);
    }
}
