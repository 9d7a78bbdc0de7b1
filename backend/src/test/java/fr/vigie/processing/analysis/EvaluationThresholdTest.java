package fr.vigie.processing.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The evaluation corpus held to the thresholds: P1 recall at least 0.95, benign reports
 * in P1 at most 2 % of the time, and no obfuscated twin in another band than its plain twin.
 * Fails with the offending cases listed, so a rule edit that breaks one is seen at once.
 */
class EvaluationThresholdTest {

    static final double MIN_P1_RECALL = 0.95;
    static final double MAX_BENIGN_P1_RATE = 0.02;

    private static Evaluation.Result result;

    @BeforeAll
    static void evaluate() {
        result = Evaluation.runDefaults();
    }

    @Test
    void theCorpusIsLargeAndCoversEveryRuleAndDisguise() {
        var cases = result.outcomes().stream().map(Evaluation.Outcome::expected).toList();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(300);
        assertThat(result.twins()).as("obfuscated twins").isGreaterThanOrEqualTo(80);
        assertThat(cases.stream().filter(EvaluationCorpus.Case::benign).count()).as("benign cases").isGreaterThanOrEqualTo(60);
        assertThat(result.rulesNeverFired()).as("rules of the rule file that fire on no case").isEmpty();
        var tags = cases.stream().flatMap(c -> c.tags().stream()).collect(Collectors.toSet());
        assertThat(tags).as("obfuscations covered").contains("spaced-digits", "glued-unit", "number-words", "leet",
                "zero-width", "spaced-letters", "phone-letter-o", "phone-dotted", "phone-spaced", "keycap",
                "fullwidth", "homoglyph");
    }

    @Test
    void p1RecallIsAtLeast95Percent() {
        assertThat(result.p1Recall())
                .as("P1 recall; P1 cases missed:%n%s", describe(result.misbanded().stream()
                        .filter(o -> o.expected().band() == Band.P1)))
                .isGreaterThanOrEqualTo(MIN_P1_RECALL);
    }

    @Test
    void benignReportsAreRarelyInP1() {
        assertThat(result.benignP1Rate())
                .as("share of benign reports put in P1; they are:%n%s", describe(result.outcomes().stream()
                        .filter(o -> o.expected().benign() && o.band() == Band.P1)))
                .isLessThanOrEqualTo(MAX_BENIGN_P1_RATE);
    }

    @Test
    void anObfuscatedTwinLandsInTheBandOfItsPlainTwin() {
        assertThat(result.twinDisagreements())
                .as("twins in another band than their plain twin")
                .isEmpty();
    }

    private static String describe(java.util.stream.Stream<Evaluation.Outcome> outcomes) {
        return outcomes.map(o -> "  " + o.expected().id() + " " + o.band() + " "
                        + o.actual().signals().stream().map(FiredSignal::code).toList() + ": " + o.expected().text())
                .collect(Collectors.joining("\n"));
    }
}
