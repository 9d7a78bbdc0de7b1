package fr.vigie.processing.analysis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * French number words from one to twenty-nine, as normalised tokens ("dix-sept" arrives as
 * "dix" "sept"): enough for stated ages written out ("seize ans", "vingt et un ans").
 */
final class NumberWords {

    private static final String[] UNITS = {"", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"};
    private static final String[] TEENS = {"dix", "onze", "douze", "treize", "quatorze", "quinze", "seize"};
    private static final Map<String, Integer> VALUES = new HashMap<>();

    static {
        for (int i = 1; i < UNITS.length; i++) {
            VALUES.put(UNITS[i], i);
        }
        VALUES.put("une", 1);
        for (int i = 0; i < TEENS.length; i++) {
            VALUES.put(TEENS[i], 10 + i);
        }
        VALUES.put("dix sept", 17);
        VALUES.put("dix huit", 18);
        VALUES.put("dix neuf", 19);
        VALUES.put("vingt", 20);
        VALUES.put("vingt et un", 21);
        VALUES.put("vingt et une", 21);
        VALUES.put("vingt un", 21);
        for (int i = 2; i < UNITS.length; i++) {
            VALUES.put("vingt " + UNITS[i], 20 + i);
        }
        VALUES.put("trente", 30);
    }

    /** A number read at a token position: its value and how many tokens it spans. */
    record Reading(int value, int tokens) {
    }

    private NumberWords() {
    }

    /** Reads digits or number words starting at {@code i}, longest first; null if none. */
    static Reading read(List<Token> tokens, int i) {
        if (i < 0 || i >= tokens.size()) {
            return null;
        }
        Token first = tokens.get(i);
        if (first.isNumber()) {
            return new Reading(first.intValue(), 1);
        }
        for (int n = Math.min(3, tokens.size() - i); n >= 1; n--) {
            var phrase = new StringBuilder(first.word());
            for (int k = 1; k < n; k++) {
                phrase.append(' ').append(tokens.get(i + k).word());
            }
            Integer value = VALUES.get(phrase.toString());
            if (value != null) {
                return new Reading(value, n);
            }
        }
        return null;
    }

    static boolean isNumberWord(String word) {
        return VALUES.containsKey(word);
    }
}
