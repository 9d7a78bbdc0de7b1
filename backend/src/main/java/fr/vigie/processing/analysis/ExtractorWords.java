package fr.vigie.processing.analysis;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The word lists of the extractors, as rule data: the {@code words} section of the shipped
 * {@code default-rules.json} (words for a person before an age, age units, cohort and person
 * words before a year, verbs that claim or show an age). Read once, folded like tokens (lower
 * case, no accents), as hash sets. The extractors are shared by every rule-set version, so they
 * read the shipped lists; a coordinator edits them in the rule file like the other lists.
 */
final class ExtractorWords {

    private static final RuleSet DEFAULTS = RuleSet.defaults();

    private ExtractorWords() {
    }

    /** The named list, folded; a list the rule file does not have is empty. */
    static Set<String> set(String name) {
        List<String> words = DEFAULTS.words().getOrDefault(name, List.of());
        var folded = new HashSet<String>();
        for (String word : words) {
            folded.add(fold(word));
        }
        return Lookup.set(folded);
    }

    /** As the analyser folds a word: lower case, accents removed, œ as oe. */
    static String fold(String word) {
        String lower = word.toLowerCase(java.util.Locale.ROOT).replace("œ", "oe").replace("æ", "ae");
        String decomposed = java.text.Normalizer.normalize(lower, java.text.Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "");
    }
}
