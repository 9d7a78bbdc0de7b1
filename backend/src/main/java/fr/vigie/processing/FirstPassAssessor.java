package fr.vigie.processing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import fr.vigie.intake.ReportSubmission;
import fr.vigie.intake.ReporterConcern;
import fr.vigie.triage.PriorityBand;
import fr.vigie.triage.Signal;

/**
 * The foundation's assessment: the two P1 signals that need no analysis engine (a reporter's
 * {@code IMMEDIATE_DANGER}, a plainly stated age under 18). Everything else is P3 "to check" —
 * nothing is ranked low until the full engine (normalisation, entities, rules) can rule it out.
 */
@Component
class FirstPassAssessor {

    private static final Pattern STATED_AGE = Pattern.compile("(?iu)\\b(\\d{2})\\s?ans\\b");

    Assessment assess(ReportSubmission report) {
        var signals = new ArrayList<Signal>();
        int score = 0;
        if (report.reporterConcern() == ReporterConcern.IMMEDIATE_DANGER) {
            signals.add(new Signal("IMMEDIATE_DANGER_FLAGGED", "Danger immédiat signalé par l'émetteur", "reporterConcern"));
            score += 100;
        }
        var age = STATED_AGE.matcher(report.text());
        while (age.find()) {
            int years = Integer.parseInt(age.group(1));
            if (years >= 10 && years < 18) {
                signals.add(new Signal("STATED_MINOR_AGE", "Âge déclaré inférieur à 18 ans", age.group()));
                score += 90;
                break;
            }
        }
        PriorityBand band = signals.isEmpty() ? PriorityBand.P3 : PriorityBand.P1;
        return new Assessment(band, Math.min(score, 1000), List.copyOf(signals));
    }
}
