package fr.vigie.processing.analysis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * French number words from one to ninety-nine, as normalised tokens ("dix-sept" arrives as
 * "dix" "sept"): enough for stated ages written out ("seize ans", "vingt et un ans").
 */
final class NumberWords {

    private static final String[] UNITS = {"", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"};
    private static final String[] TEENS = {"dix", "onze", "douze", "treize", "quatorze", "quinze", "seize"};
    private static final Map<String, Integer> VALUES = new HashMap<>();
    /** The longest number in words, in tokens ("quatre vingt dix sept"). */
    private static int maxWords;

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
        String[] tens = {"trente", "quarante", "cinquante", "soixante"};
        for (int t = 0; t < tens.length; t++) {
            int base = 30 + 10 * t;
            VALUES.put(tens[t], base);
            VALUES.put(tens[t] + " et un", base + 1);
            VALUES.put(tens[t] + " et une", base + 1);
            for (int i = 1; i < UNITS.length; i++) {
                VALUES.put(tens[t] + " " + UNITS[i], base + i);
            }
        }
        // soixante-dix… quatre-vingt-dix-neuf: 60 or 80 plus ten to nineteen
        String[] tensAndTeens = {"dix", "onze", "douze", "treize", "quatorze", "quinze", "seize", "dix sept", "dix huit",
                "dix neuf"};
        VALUES.put("soixante et onze", 71);
        for (int i = 0; i < tensAndTeens.length; i++) {
            VALUES.put("soixante " + tensAndTeens[i], 70 + i);
            VALUES.put("quatre vingt " + tensAndTeens[i], 90 + i);
        }
        VALUES.put("quatre vingt", 80);
        VALUES.put("quatre vingts", 80);
        for (int i = 1; i < UNITS.length; i++) {
            VALUES.put("quatre vingt " + UNITS[i], 80 + i);
        }
        for (String key : VALUES.keySet()) {
            maxWords = Math.max(maxWords, key.split(" ").length);
        }
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
        if (!VALUES.containsKey(first.word())) {
            return null; // every number in words starts with a number word ("dix", "vingt", "quatre"…)
        }
        for (int n = Math.min(maxWords, tokens.size() - i); n >= 1; n--) {
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
