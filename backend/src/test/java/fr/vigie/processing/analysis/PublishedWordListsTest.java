package fr.vigie.processing.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Rules stay data (issue 12, deliver 4): the extractors' word lists are those of the rule set the
 * analyser ranks with, so a coordinator's published rule set with one more word changes what is
 * found, and only for that analyser.
 */
class PublishedWordListsTest {

    private static final java.time.Instant OBSERVED = LocalDate.of(2026, 12, 3).atStartOfDay(ZoneId.of("Europe/Paris")).toInstant();
    private static final String TEXT = "ma zorglinette 15, dispo ce soir";

    private static RuleSet withOneMore(String list, String word) {
        RuleSet shipped = RuleSet.defaults();
        var words = new HashMap<>(shipped.words());
        var longer = new ArrayList<>(words.get(list));
        longer.add(word);
        words.put(list, List.copyOf(longer));
        return new RuleSet("published-1", shipped.spellings(), shipped.contexts(), shipped.rules(), shipped.bands(),
                shipped.tolerant(), words);
    }

    @Test
    void aPublishedPersonWordPresentsTheAgeAfterIt() {
        var shipped = ReportAnalyser.withDefaultRules();
        var published = new ReportAnalyser(withOneMore("personWords", "zorglinette"));

        assertThat(shipped.analyse(TEXT, null, OBSERVED).entities().ages()).isEmpty();
        var analysis = published.analyse(TEXT, null, OBSERVED);
        assertThat(analysis.entities().ages()).containsExactly(15);
        assertThat(analysis.band()).isEqualTo(Band.P1);
        ExactEvidence.assertEveryEvidenceIsItsText(TEXT, analysis);
        // the shipped analyser, used after the published one on the same thread, still reads the shipped lists
        assertThat(shipped.analyse(TEXT, null, OBSERVED).entities().ages()).isEmpty();
    }

    @Test
    void aPublishedAgeUnitIsAUnit() {
        String text = "Inès, 16 hivers, qui me gâte ce week-end ?";
        var published = new ReportAnalyser(withOneMore("ageUnits", "hivers"));

        assertThat(ReportAnalyser.withDefaultRules().analyse(text, null, OBSERVED).entities().ages()).isEmpty();
        assertThat(published.analyse(text, null, OBSERVED).entities().ages()).containsExactly(16);
    }

    @Test
    void aCutWordLeftOutOfAPublishedListIsNoLongerJoined() {
        String text = "je suis lycé enne, dispo contre un cadeau";
        RuleSet shipped = RuleSet.defaults();
        var words = new HashMap<>(shipped.words());
        words.put("splitWords", words.get("splitWords").stream().filter(w -> !w.startsWith("lycé")).toList());
        var published = new ReportAnalyser(new RuleSet("published-2", shipped.spellings(), shipped.contexts(),
                shipped.rules(), shipped.bands(), shipped.tolerant(), words));

        var analysis = ReportAnalyser.withDefaultRules().analyse(text, null, OBSERVED);
        assertThat(analysis.band()).isEqualTo(Band.P1);
        ExactEvidence.assertEveryEvidenceIsItsText(text, analysis);
        assertThat(published.analyse(text, null, OBSERVED).band()).isNotEqualTo(Band.P1);
    }
}
