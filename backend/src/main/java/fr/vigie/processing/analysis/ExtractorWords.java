package fr.vigie.processing.analysis;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The word lists of the extractors, as rule data: the {@code words} section of the rule set in
 * force (words for a person before an age, age units, cohort and person words before a year, verbs
 * that claim or show an age). Folded like tokens (lower case, no accents), as hash sets.
 * <p>
 * The extractors are static and shared by every rule set, so they hold a {@link WordList} each:
 * the shipped file's list, unless an analyser whose rule set has lists of its own (a coordinator's
 * published rule set) is analysing on this thread ({@link #inForce}); then that rule set's list.
 * While no such rule set was ever built, a look-up is the shipped set's and nothing more.
 */
final class ExtractorWords {

    private static final RuleSet DEFAULTS = RuleSet.defaults();
    /** The lists of the rule set analysing on this thread, when they are not the shipped ones. */
    private static final ThreadLocal<Lists> IN_FORCE = new ThreadLocal<>();
    /** Set once a rule set with lists of its own is built: until then no look-up asks the thread. */
    private static volatile boolean anyOfTheirOwn;

    private ExtractorWords() {
    }

    /** One named list as the extractors read it: the rule set in force's, else the shipped one. */
    static final class WordList {
        private final String name;
        private final Set<String> shipped;

        private WordList(String name, Set<String> shipped) {
            this.name = name;
            this.shipped = shipped;
        }

        boolean contains(String word) {
            if (anyOfTheirOwn) {
                Lists lists = IN_FORCE.get();
                if (lists != null) {
                    return lists.named(name).contains(word);
                }
            }
            return shipped.contains(word);
        }
    }

    /** A rule set's lists, folded once when its analyser is built. */
    static final class Lists {
        private final Map<String, Set<String>> byName = new HashMap<>();

        private Lists(Map<String, List<String>> words) {
            words.forEach((name, list) -> byName.put(name, folded(list)));
        }

        private Set<String> named(String name) {
            return byName.getOrDefault(name, Set.of());
        }
    }

    /** The named list of the rule set in force; a list the rule set does not have is empty. */
    static WordList list(String name) {
        return new WordList(name, set(name));
    }

    /** The shipped file's named list, folded; a list the file does not have is empty. */
    static Set<String> set(String name) {
        return folded(DEFAULTS.words().getOrDefault(name, List.of()));
    }

    /** {@code rules}' lists, or null when they are the shipped file's (then nothing is bound). */
    static Lists of(RuleSet rules) {
        if (rules.words().equals(DEFAULTS.words())) {
            return null;
        }
        anyOfTheirOwn = true;
        return new Lists(rules.words());
    }

    /** {@code work} with {@code lists} in force on this thread (null: the shipped lists). */
    static <T> T inForce(Lists lists, Supplier<T> work) {
        if (lists == null) {
            return work.get();
        }
        Lists before = IN_FORCE.get();
        IN_FORCE.set(lists);
        try {
            return work.get();
        } finally {
            if (before == null) {
                IN_FORCE.remove();
            } else {
                IN_FORCE.set(before);
            }
        }
    }

    private static Set<String> folded(List<String> words) {
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
