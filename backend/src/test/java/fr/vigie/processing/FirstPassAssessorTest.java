package fr.vigie.processing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.vigie.intake.Platform;
import fr.vigie.intake.ReportSubmission;
import fr.vigie.intake.ReporterConcern;
import fr.vigie.triage.PriorityBand;

class FirstPassAssessorTest {

    private final FirstPassAssessor assessor = new FirstPassAssessor();

    @Test
    void aStatedAgeUnderEighteenIsP1WithTheWordsAsEvidence() {
        var assessment = assessor.assess(report("Jeune, 16 ans, dispo", ReporterConcern.LOW));
        assertThat(assessment.band()).isEqualTo(PriorityBand.P1);
        assertThat(assessment.signals()).singleElement().satisfies(s -> {
            assertThat(s.code()).isEqualTo("STATED_MINOR_AGE");
            assertThat(s.evidence()).isEqualTo("16 ans");
        });
    }

    @Test
    void immediateDangerIsP1() {
        var assessment = assessor.assess(report("Rien dans le texte", ReporterConcern.IMMEDIATE_DANGER));
        assertThat(assessment.band()).isEqualTo(PriorityBand.P1);
        assertThat(assessment.signals()).extracting(s -> s.code()).containsExactly("IMMEDIATE_DANGER_FLAGGED");
    }

    @Test
    void nothingIsRankedLowBeforeTheFullEngineCanRuleItOut() {
        assertThat(assessor.assess(report("Femme 25 ans", ReporterConcern.LOW)).band()).isEqualTo(PriorityBand.P3);
    }

    private static ReportSubmission report(String text, ReporterConcern concern) {
        return new ReportSubmission("x-1", Platform.OTHER, null, null, text, Instant.now(), null, List.of(), concern, null);
    }
}
