package fr.vigie.processing.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class RuleSetTest {

    private static final Instant OBSERVED = Instant.parse("2026-11-27T21:14:00Z");

    @Test
    void theShippedDefaultsLoadAndAreVersioned() {
        var rules = RuleSet.defaults();
        assertThat(rules.version()).isNotBlank();
        assertThat(rules.rules()).extracting(RuleSet.Rule::code)
                .contains("STATED_MINOR_AGE", "MINOR_WORD", "IMMEDIATE_DANGER_FLAGGED", "AGE_18_19");
        assertThat(rules.rules()).allSatisfy(r -> assertThat(r.label()).isNotBlank());
        assertThat(rules.bands().getLast().band()).isEqualTo(Band.P4);
    }

    @Test
    void survivesAJsonRoundTripSoTheDatabaseCanHoldAVersion() {
        var rules = RuleSet.defaults();
        assertThat(RuleSet.fromJson(rules.toJson())).isEqualTo(rules);
    }

    @Test
    void anEditedVersionChangesTheOutcome() {
        String json = """
                {"version": "test-2",
                 "rules": [{"code": "KITTEN", "label": "Parle de chatons", "weight": 7,
                            "when": {"phrases": ["chaton"]}}],
                 "bands": [{"band": "P3", "any": ["KITTEN"]}, {"band": "P4"}]}
                """;
        var analysis = new ReportAnalyser(RuleSet.fromJson(json)).analyse("Deux CHATONS à adopter", null, OBSERVED);
        assertThat(analysis.band()).isEqualTo(Band.P3);
        assertThat(analysis.score()).isEqualTo(7);
        assertThat(analysis.rulesVersion()).isEqualTo("test-2");
        assertThat(analysis.signals()).singleElement().satisfies(s -> {
            assertThat(s.label()).isEqualTo("Parle de chatons");
            assertThat(s.evidence()).extracting(Evidence::text).containsExactly("CHATONS");
        });
    }

    /** {@code clause}: the context's window stops at a comma or a colon, not only at a sentence's end. */
    @Test
    void aClauseWindowStopsAtAComma() {
        String rule = """
                {"version": "test-clause",
                 "rules": [{"code": "KITTEN", "label": "Parle de chatons", "weight": 7,
                            "when": {"phrases": ["chaton"]}, "unless": ["FOR_SALE"]}],
                 "contexts": {"FOR_SALE": {"phrases": ["vends"], "matchOn": "WORD", "before": 3, "after": 0%s}},
                 "bands": [{"band": "P3", "any": ["KITTEN"]}, {"band": "P4"}]}
                """;
        var sentence = new ReportAnalyser(RuleSet.fromJson(rule.formatted("")));
        var clause = new ReportAnalyser(RuleSet.fromJson(rule.formatted(", \"clause\": true")));
        assertThat(sentence.analyse("Je vends, chaton perdu", null, OBSERVED).band()).isEqualTo(Band.P4);
        assertThat(clause.analyse("Je vends, chaton perdu", null, OBSERVED).band()).isEqualTo(Band.P3);
        assertThat(clause.analyse("Je vends chaton", null, OBSERVED).band()).isEqualTo(Band.P4);
        assertThatThrownBy(() -> RuleSet.fromJson(rule.formatted(", \"clause\": true, \"anywhere\": true")))
                .hasMessageContaining("clause");
    }

    @Test
    void rejectsBrokenRuleSets() {
        assertThatThrownBy(() -> RuleSet.fromJson("{\"version\": \"x\", \"rules\": [], \"bands\": [{\"band\": \"P1\", \"any\": [\"NOPE\"]}]}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NOPE");
        assertThatThrownBy(() -> RuleSet.fromJson("{\"rules\": [], \"bands\": [{\"band\": \"P4\"}]}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("version");
        assertThatThrownBy(() -> RuleSet.fromJson("{\"version\": \"x\", \"rules\": [], \"bands\": [{\"band\": \"P4\"}], \"typo\": 1}"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RuleSet.fromJson("""
                {"version": "x", "rules": [{"code": "A", "label": "a", "weight": 1, "when": {"phrases": ["a"]}, "unless": ["GHOST"]}],
                 "bands": [{"band": "P4"}]}"""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("GHOST");
        assertThatThrownBy(() -> RuleSet.fromJson("""
                {"version": "x", "rules": [{"code": "A", "label": "a", "weight": 1, "when": {}}], "bands": [{"band": "P4"}]}"""))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aLearnedConditionNamesAKnownModelAThresholdBetweenZeroAndOneAndStandsAlone() {
        assertThat(new RuleSet.Condition(null, null, null, null, null, null, java.util.Map.of("minor", 0.9)).learned())
                .containsEntry("minor", 0.9);
        assertThatThrownBy(() -> new RuleSet.Condition(null, null, null, null, null, null, java.util.Map.of("adult", 0.9)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown learned model");
        assertThatThrownBy(() -> new RuleSet.Condition(null, null, null, null, null, null, java.util.Map.of("minor", 1.0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("between 0 and 1");
        assertThatThrownBy(() -> new RuleSet.Condition(java.util.List.of("dispo"), null, null, null, null, null,
                java.util.Map.of("minor", 0.9))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("stands alone");
        var shipped = RuleSet.defaults();
        assertThat(RuleSet.fromJson(shipped.toJson())).isEqualTo(shipped);
    }
}
