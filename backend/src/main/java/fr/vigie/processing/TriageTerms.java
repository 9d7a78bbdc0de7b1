package fr.vigie.processing;

import java.util.stream.Collectors;

import fr.vigie.processing.analysis.Analysis;
import fr.vigie.processing.analysis.Entities;
import fr.vigie.processing.analysis.Evidence;
import fr.vigie.processing.analysis.FiredSignal;
import fr.vigie.triage.Assessment;
import fr.vigie.triage.PriorityBand;
import fr.vigie.triage.ReportEntities;
import fr.vigie.triage.Signal;

/**
 * The one place where the analysis's verdict is put in triage's words: {@code Band} becomes
 * {@link PriorityBand}, {@code FiredSignal} a {@link Signal} (its evidence joined for the worker,
 * its ranges kept for highlighting), {@code Entities} {@link ReportEntities}. The analysis stays
 * free of triage, and triage of the analysis.
 */
final class TriageTerms {

    private TriageTerms() {
    }

    static Assessment of(Analysis analysis) {
        return new Assessment(PriorityBand.valueOf(analysis.band().name()), analysis.score(),
                analysis.signals().stream().map(TriageTerms::signal).toList(), entities(analysis.entities()),
                analysis.fingerprint(), analysis.rulesVersion());
    }

    private static Signal signal(FiredSignal fired) {
        String evidence = fired.evidence().isEmpty() ? null
                : fired.evidence().stream().map(Evidence::text).collect(Collectors.joining(" … "));
        return new Signal(fired.code(), fired.label(), evidence,
                fired.evidence().stream().map(e -> new Signal.Range(e.start(), e.end())).toList());
    }

    private static ReportEntities entities(Entities e) {
        return new ReportEntities(e.phones(), e.handles(), e.ages(), e.birthYears(), e.schoolLevels(), e.places());
    }
}
