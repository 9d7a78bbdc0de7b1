package fr.vigie.processing.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;

import org.junit.jupiter.api.Test;

/**
 * Processing indexes the terms its analysis read ({@link ReportAnalyser#analyseWithTerms}) instead
 * of running the chain again for the search index: they must be exactly the search's terms
 * (those of {@link VigieFrenchAnalyzer#analyse(String)}), and the analysis the same as without them.
 */
class IndexTermsTest {

    private static final ReportAnalyser ANALYSER = ReportAnalyser.withDefaultRules();
    private static final VigieFrenchAnalyzer SEARCH = new VigieFrenchAnalyzer();
    private static final Instant SEEN = Instant.parse("2026-11-29T10:00:00Z");

    @Test
    void theTermsAreTheSearchTermsAndTheAnalysisIsUnchanged() {
        var texts = new ArrayList<>(AnalysisBenchmark.corpusTexts());
        texts.addAll(AnalysisBenchmark.kilobyteTexts());
        texts.add("");
        texts.add("  j'ai 15 ans, dispo ce soir 06 39 98 12 34 \u200B s n a p : l.e.a_15 ");
        for (String text : texts) {
            var withTerms = ANALYSER.analyseWithTerms(text, "MEDIUM", SEEN);
            assertThat(withTerms.terms()).as(text).isEqualTo(SEARCH.analyse(text).stream().map(Token::term).toList());
            assertThat(withTerms.analysis()).isEqualTo(ANALYSER.analyse(text, "MEDIUM", SEEN));
        }
    }
}
