package fr.vigie.processing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import fr.vigie.processing.analysis.Analysis;
import fr.vigie.processing.analysis.Band;
import fr.vigie.processing.analysis.Entities;
import fr.vigie.processing.analysis.Evidence;
import fr.vigie.processing.analysis.FiredSignal;
import fr.vigie.triage.PriorityBand;
import fr.vigie.triage.Signal;

/** The analysis's verdict in triage's words: nothing lost, nothing added. */
class TriageTermsTest {

    private static Entities entities(List<String> phones, List<String> handles) {
        return new Entities(phones, handles, List.of(16), List.of(2010), List.of("3e"), List.of("Lyon"), List.of());
    }

    @Test
    void bandSignalsAndEntitiesKeepTheirValues() {
        var analysis = new Analysis(Band.P1, 95,
                List.of(new FiredSignal("STATED_MINOR_AGE", "Âge de mineur indiqué", 60,
                                List.of(new Evidence(0, 6, "16 ans"), new Evidence(20, 28, "lycéenne"))),
                        new FiredSignal("REPORTER_IMMEDIATE_DANGER", "Danger immédiat signalé", 80, List.of())),
                entities(List.of("+33639980101"), List.of("exemple_test")), "fp-1", "rules-7");

        var assessment = TriageTerms.of(analysis);

        assertThat(assessment.priority()).isEqualTo(PriorityBand.P1);
        assertThat(assessment.score()).isEqualTo(95);
        assertThat(assessment.fingerprint()).isEqualTo("fp-1");
        assertThat(assessment.rulesVersion()).isEqualTo("rules-7");
        assertThat(assessment.signals()).containsExactly(
                new Signal("STATED_MINOR_AGE", "Âge de mineur indiqué", "16 ans … lycéenne",
                        List.of(new Signal.Range(0, 6), new Signal.Range(20, 28))),
                new Signal("REPORTER_IMMEDIATE_DANGER", "Danger immédiat signalé", null, List.of()));
        var e = assessment.entities();
        assertThat(e.phones()).containsExactly("+33639980101");
        assertThat(e.handles()).containsExactly("exemple_test");
        assertThat(e.ages()).containsExactly(16);
        assertThat(e.birthYears()).containsExactly(2010);
        assertThat(e.schoolLevels()).containsExactly("3e");
        assertThat(e.places()).containsExactly("Lyon");
    }

    @Test
    void everyBandHasItsPriority() {
        for (Band band : Band.values()) {
            var analysis = new Analysis(band, 0, List.of(), entities(List.of(), List.of()), null, "v");
            assertThat(TriageTerms.of(analysis).priority().name()).isEqualTo(band.name());
        }
    }

    @Test
    void listedContactsComeAfterThoseOfTheTextOnce() {
        var text = entities(List.of("+33639980101"), List.of("exemple_a"));
        var listed = entities(List.of("+33639980101", "+33199000102"), List.of("exemple_b"));

        var both = text.withContactsOf(listed);

        assertThat(both.phones()).containsExactly("+33639980101", "+33199000102");
        assertThat(both.handles()).containsExactly("exemple_a", "exemple_b");
        assertThat(both.ages()).isEqualTo(text.ages());
    }
}
