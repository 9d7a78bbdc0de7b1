package fr.vigie.processing;

import java.util.ArrayList;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import fr.vigie.processing.analysis.ReportAnalyser;
import fr.vigie.processing.analysis.RuleSet;
import fr.vigie.triage.ReportRegistry;

/**
 * Re-ranks open reports with candidate rules (preview: nothing written) or with newly published
 * ones (in the background, one report per transaction, with visible progress).
 */
@Service
class Rescoring {

    /** Where the latest rescoring stands. */
    public record Progress(String version, String state, int total, int done, int changed) {
    }

    private static final Logger log = LoggerFactory.getLogger(Rescoring.class);
    private static final int EXAMPLES = 10;

    private final ReportRegistry reports;
    private final AtomicReference<Progress> progress = new AtomicReference<>(new Progress(null, "IDLE", 0, 0, 0));

    Rescoring(ReportRegistry reports) {
        this.reports = reports;
    }

    public RulePreview preview(RuleSet candidate) {
        var analyser = new ReportAnalyser(candidate);
        var open = reports.openForReassessment();
        var examples = new ArrayList<RulePreview.Change>();
        int changed = 0;
        for (var r : open) {
            var band = ReportAssessor.assess(analyser, r.text(), r.reporterConcern(), r.observedAt(), r.contacts()).priority();
            if (band != r.priority()) {
                changed++;
                if (examples.size() < EXAMPLES) {
                    examples.add(new RulePreview.Change(r.id(), r.priority().name(), band.name()));
                }
            }
        }
        return new RulePreview(candidate.version(), open.size(), changed, examples);
    }

    /** Starts rescoring every open report with these rules, on a thread of its own. */
    public Progress start(RuleSet rules) {
        var open = reports.openForReassessment();
        progress.set(new Progress(rules.version(), "RUNNING", open.size(), 0, 0));
        Thread.ofVirtual().name("rescoring-" + rules.version()).start(() -> {
            var analyser = new ReportAnalyser(rules);
            int done = 0;
            int changed = 0;
            try {
                for (var r : open) {
                    var assessment = ReportAssessor.assess(analyser, r.text(), r.reporterConcern(), r.observedAt(), r.contacts());
                    if (reports.reassess(r.id(), assessment)) {
                        changed++;
                    }
                    done++;
                    progress.set(new Progress(rules.version(), "RUNNING", open.size(), done, changed));
                }
                progress.set(new Progress(rules.version(), "DONE", open.size(), done, changed));
            } catch (RuntimeException e) {
                log.error("Rescoring with rules {} stopped after {} reports: {}", rules.version(), done, e.getClass().getSimpleName());
                progress.set(new Progress(rules.version(), "FAILED", open.size(), done, changed));
            }
        });
        return progress.get();
    }

    public Progress progress() {
        return progress.get();
    }
}
