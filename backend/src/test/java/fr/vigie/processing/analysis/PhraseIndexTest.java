package fr.vigie.processing.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The one-pass index must find, for every matcher, exactly what that matcher finds on its own
 * (the plain loop over its phrases): the index is an optimisation, never a second opinion.
 */
class PhraseIndexTest {

    private final VigieFrenchAnalyzer analyzer = new VigieFrenchAnalyzer();

    @Test
    void findsWhatEachMatcherFindsAloneOnTheCorpus() {
        var pool = phrasePool();
        var random = new Random(20261129);
        for (int trial = 0; trial < 5; trial++) {
            var matchers = new ArrayList<PhraseMatcher>();
            for (int m = 0; m < 40; m++) {
                var phrases = new ArrayList<String>();
                for (int p = 1 + random.nextInt(8); p > 0; p--) {
                    phrases.add(pool.get(random.nextInt(pool.size())));
                }
                var matchOn = random.nextBoolean() ? RuleSet.MatchOn.WORD : RuleSet.MatchOn.STEM;
                matchers.add(new PhraseMatcher(phrases, matchOn, analyzer));
            }
            var index = new PhraseIndex(matchers);
            int found = 0;
            for (String text : texts()) {
                var tokens = analyzer.analyse(text);
                var all = index.findAll(tokens, new TokenNumbers(tokens));
                for (int m = 0; m < matchers.size(); m++) {
                    assertThat(all[m]).as("matcher %d on %s", m, text).isEqualTo(matchers.get(m).findAll(tokens));
                    found += all[m].size();
                }
            }
            assertThat(found).as("the trial exercised matches, not only misses").isGreaterThan(100);
        }
    }

    /** The shipped rules' phrases, plus phrases mixing numbers (in digits, any number) and words. */
    private static List<String> phrasePool() {
        var pool = new ArrayList<String>();
        var rules = RuleSet.defaults();
        rules.contexts().values().forEach(c -> pool.addAll(c.phrases()));
        rules.rules().forEach(r -> pool.addAll(r.when().phrases()));
        pool.addAll(List.of("{num} ans", "en {num}", "de {num}", "18 ans", "16", "{num}", "dix huit", "ans",
                "j'ai {num} ans", "{num} {num}", "en", "de", "a", "dispo", "{num} h"));
        return pool;
    }

    private static List<String> texts() {
        var texts = new ArrayList<>(AnalysisBenchmark.corpusTexts());
        texts.addAll(AnalysisBenchmark.kilobyteTexts());
        return texts;
    }
}
