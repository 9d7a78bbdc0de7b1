package fr.vigie.processing.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds phrases of a rule as consecutive analysed tokens. Phrases are run through the same
 * analyzer as the text, so a rule written "lycéenne" or "24h/24" matches "LYCEENNE" or
 * "24 h / 24" however disguised; a number in a phrase matches it in digits or words ("bientôt 18"
 * matches "bientôt dix-huit"). Indexed by first token: one map look-up per token.
 */
final class PhraseMatcher {

    static final String NUMBER = "{num}";

    /** A match: tokens {@code [start, end)}. */
    record Match(int start, int end) {
    }

    /** What {@link Phrase#numbers} holds for a word (anything else: a number, see below). */
    private static final int WORD = -2;
    /** What {@link Phrase#numbers} holds for {@link #NUMBER}, any number. */
    private static final int ANY_NUMBER = -1;

    /**
     * A phrase's elements, and for each whether it is a word, any number or a given number:
     * worked out once when the rule set is compiled, not at every token of every report.
     */
    record Phrase(String[] elements, int[] numbers) {
        static Phrase of(List<String> elements) {
            int[] numbers = new int[elements.size()];
            for (int k = 0; k < numbers.length; k++) {
                String element = elements.get(k);
                numbers[k] = element.equals(NUMBER) ? ANY_NUMBER : isDigits(element) ? Integer.parseInt(element) : WORD;
            }
            return new Phrase(elements.toArray(String[]::new), numbers);
        }

        /** Whether element {@code k} is a word (not a number): it must then equal the token's key. */
        boolean isWord(int k) {
            return numbers[k] == WORD;
        }
    }

    private final RuleSet.MatchOn matchOn;
    private final Map<String, List<Phrase>> byFirst = new HashMap<>();
    private final List<Phrase> startingWithNumber = new ArrayList<>();

    PhraseMatcher(List<String> phrases, RuleSet.MatchOn matchOn, VigieFrenchAnalyzer analyzer) {
        this.matchOn = matchOn;
        for (String phrase : phrases) {
            var elements = new ArrayList<String>();
            for (String part : phrase.trim().split("\\s+")) {
                if (part.equals(NUMBER)) {
                    elements.add(NUMBER);
                } else {
                    analyzer.analyse(part).forEach(t -> elements.add(key(t)));
                }
            }
            if (elements.isEmpty()) {
                throw new IllegalArgumentException("phrase \"" + phrase + "\" has no words");
            }
            if (elements.getFirst().equals(NUMBER) || isDigits(elements.getFirst())) {
                startingWithNumber.add(Phrase.of(elements));
            } else {
                byFirst.computeIfAbsent(elements.getFirst(), k -> new ArrayList<>()).add(Phrase.of(elements));
            }
        }
    }

    RuleSet.MatchOn matchOn() {
        return matchOn;
    }

    Map<String, List<Phrase>> byFirst() {
        return byFirst;
    }

    List<Phrase> startingWithNumber() {
        return startingWithNumber;
    }

    List<Match> findAll(List<Token> tokens) {
        var numbers = new TokenNumbers(tokens);
        var matches = new ArrayList<Match>();
        for (int i = 0; i < tokens.size(); i++) {
            int best = -1;
            for (var phrase : byFirst.getOrDefault(key(tokens.get(i)), List.of())) {
                best = Math.max(best, matchLength(phrase, tokens, i, numbers));
            }
            if (!startingWithNumber.isEmpty() && numbers.isNumber(i)) {
                for (var phrase : startingWithNumber) {
                    best = Math.max(best, matchLength(phrase, tokens, i, numbers));
                }
            }
            if (best > 0) {
                matches.add(new Match(i, i + best));
            }
        }
        return matches;
    }

    /** How many tokens the phrase covers from {@code from}, or -1; a number in words spans several tokens. */
    int matchLength(Phrase phrase, List<Token> tokens, int from, TokenNumbers numbers) {
        return matchLength(phrase, tokens, from, numbers, 0);
    }

    /**
     * {@link #matchLength}, the first {@code known} elements (words, one token each) known to match already:
     * {@link PhraseIndex} found the phrase by them, so they are not compared again.
     */
    int matchLength(Phrase phrase, List<Token> tokens, int from, TokenNumbers numbers, int known) {
        int j = from + known;
        for (int k = known; k < phrase.elements().length; k++) {
            if (j >= tokens.size()) {
                return -1;
            }
            int number = phrase.numbers()[k];
            if (number != WORD) {
                int read = numberLength(number, tokens, j, numbers);
                if (read < 0) {
                    return -1;
                }
                j += read;
            } else if (phrase.elements()[k].equals(key(tokens.get(j)))) {
                j++;
            } else {
                return -1;
            }
        }
        return j - from;
    }

    /**
     * {@link #matchLength(Phrase, List, int, TokenNumbers, int)} by ids ({@link PhraseIndex}): {@code ids} the
     * phrase's words in a vocabulary, {@code keys} the report's tokens (stems or words, as the phrase is matched on)
     * in the same one; an int compared where a string was.
     */
    static int matchLength(Phrase phrase, int[] ids, int[] keys, List<Token> tokens, int from, TokenNumbers numbers,
            int known) {
        int j = from + known;
        for (int k = known; k < ids.length; k++) {
            if (j >= keys.length) {
                return -1;
            }
            int number = phrase.numbers()[k];
            if (number != WORD) {
                int read = numberLength(number, tokens, j, numbers);
                if (read < 0) {
                    return -1;
                }
                j += read;
            } else if (ids[k] == keys[j]) {
                j++;
            } else {
                return -1;
            }
        }
        return j - from;
    }

    /** A number written in a phrase ("bientôt 18"): it matches the same number in digits or in words. */
    private static boolean isDigits(String element) {
        if (element.isEmpty() || element.length() > 4) {
            return false;
        }
        for (int i = 0; i < element.length(); i++) {
            if (element.charAt(i) < '0' || element.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private String key(Token token) {
        return matchOn == RuleSet.MatchOn.WORD ? token.word() : token.term();
    }

    static boolean isNumber(Token token) {
        return token.isNumber() || NumberWords.isNumberWord(token.word());
    }

    /** Whether a number read from one of the number tokens just before {@code j} goes on over {@code j}. */
    private static boolean insideLongerNumber(int j, TokenNumbers numbers) {
        for (int k = j - 1; k >= 0 && j - k <= 6 && numbers.isNumber(k); k--) {
            var earlier = numbers.reading(k);
            if (earlier != null && earlier.tokens() > j - k) {
                return true;
            }
        }
        return false;
    }

    /**
     * The tokens a number element of a phrase takes at {@code j} ({@code number}: a value, or any number), or -1:
     * "18" in a rule matches "18", "1 8" and "dix-huit".
     */
    private static int numberLength(int number, List<Token> tokens, int j, TokenNumbers numbers) {
        if (!numbers.isNumber(j)) {
            return -1;
        }
        var reading = numbers.reading(j);
        if (reading == null || (number != ANY_NUMBER && reading.value() != number)) {
            return -1;
        }
        if (number == ANY_NUMBER && reading.value() == 1 && !tokens.get(j).isNumber()) {
            return -1; // "une femme" is the article, not a count: "{num} femmes" wants several
        }
        if (number == ANY_NUMBER && insideLongerNumber(j, numbers)) {
            return -1; // the tail of a longer number ("…quatre-vingt-dix-huit, femme") counts nothing
        }
        return reading.tokens();
    }
}
