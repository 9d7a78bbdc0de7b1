package fr.vigie.processing.analysis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Numbers written in words, as normalised tokens ("dix-sept" arrives as "dix" "sept"): French
 * cardinals from zéro to 9,999 by their grammar, so that ages ("seize ans"), years ("deux mille
 * dix", "mille neuf cent quatre-vingt-dix-neuf", the spoken "dix-neuf cent…") and phone digits
 * ("zéro six") read as numbers; and the English of franglais ads up to ninety-nine ("sixteen",
 * "twenty-eight"). Tested against ICU's French spell-out rules over 0..2100.
 */
final class NumberWords {

    private static final Map<String, Integer> UNITS = Lookup.map(Map.ofEntries(
            Map.entry("un", 1), Map.entry("une", 1), Map.entry("deux", 2), Map.entry("trois", 3), Map.entry("quatre", 4),
            Map.entry("cinq", 5), Map.entry("six", 6), Map.entry("sept", 7), Map.entry("huit", 8), Map.entry("neuf", 9)));
    private static final Map<String, Integer> TEENS = Lookup.map(Map.of("dix", 10, "onze", 11, "douze", 12, "treize", 13,
            "quatorze", 14, "quinze", 15, "seize", 16));
    /**
     * Tens that take a unit after them directly ("trente-deux"); soixante and quatre-vingt also take a teen. Belgium's and
     * Switzerland's septante, huitante (octante), nonante are tens like trente ("nonante-huit", "septante et un").
     */
    private static final Map<String, Integer> TENS = Lookup.map(Map.of("vingt", 20, "trente", 30, "quarante", 40,
            "cinquante", 50, "soixante", 60, "septante", 70, "huitante", 80, "octante", 80, "nonante", 90));
    private static final Map<String, Integer> ENGLISH = englishNumbers();
    /** Every word a number in words may start with or contain. */
    static final java.util.Set<String> WORDS = words();

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
            String next = word(tokens, i + 1);
            if (isThousand(next) && first.word().length() <= 2 && first.intValue() >= 2) {
                // "2 mille 10", "2 mille dix": digits and words mixed, as a year is said
                var cursor = new Cursor(tokens, i + 2);
                var rest = cursor.restAfterThousand();
                return new Reading(first.intValue() * 1000 + rest.value(), 2 + rest.tokens());
            }
            return new Reading(first.intValue(), 1);
        }
        if (!WORDS.contains(first.word())) {
            return null;
        }
        if (first.word().equals("zero")) {
            return new Reading(0, 1);
        }
        Integer english = ENGLISH.get(first.word());
        if (english != null) {
            var unit = english % 10 == 0 && english >= 20 && english < 100 ? ENGLISH.get(word(tokens, i + 1)) : null;
            return unit != null && unit < 10 ? new Reading(english + unit, 2) : new Reading(english, 1);
        }
        return new Cursor(tokens, i).number();
    }

    /** "mille", "mil", and "milles", the plural often written for it ("deux milles neuf"). */
    private static boolean isThousand(String word) {
        return word.equals("mille") || word.equals("mil") || word.equals("milles");
    }

    static boolean isNumberWord(String word) {
        return WORDS.contains(word);
    }

    private static String word(List<Token> tokens, int i) {
        return i < tokens.size() ? tokens.get(i).word() : "";
    }

    /**
     * One reading of French number words, by the grammar: [below a thousand] mille [below a
     * thousand] | below a thousand; below a thousand = [unit or teen] cent(s) [below a hundred] |
     * below a hundred. Each part is taken only if the tokens after it fit, so "vingt et trente"
     * reads "vingt" and stops.
     */
    private static final class Cursor {
        private final List<Token> tokens;
        private final int from;
        private int at;

        Cursor(List<Token> tokens, int from) {
            this.tokens = tokens;
            this.from = from;
            this.at = from;
        }

        Reading number() {
            int value = belowThousand();
            if (isThousand(word(tokens, at))) {
                if (value == 1 || value >= 1000) {
                    return reading(value); // "un mille" is not said; the number was the part before
                }
                at++;
                int thousands = value <= 0 ? 1 : value;
                value = thousands * 1000 + restAfterThousand().value();
            }
            return value < 0 ? null : reading(value);
        }

        /** What follows "mille": words or digits below a thousand ("deux mille 10"); its value (0 if none) and tokens. */
        Reading restAfterThousand() {
            int start = at;
            if (at < tokens.size() && tokens.get(at).isNumber() && tokens.get(at).word().length() <= 3) {
                at++;
                return new Reading(tokens.get(start).intValue(), 1);
            }
            int rest = belowThousand();
            return new Reading(Math.max(rest, 0), at - start);
        }

        private Reading reading(int value) {
            return new Reading(value, at - from);
        }

        /** A number below 1,000 from the cursor, or -1 (cursor unmoved). */
        private int belowThousand() {
            int start = at;
            int hundreds = 0;
            if (is("cent") || is("cents")) {
                hundreds = 1;
                at++;
            } else {
                int multiplier = belowHundred();
                if (multiplier > 1 && multiplier < 20 && (is("cent") || is("cents"))) {
                    hundreds = multiplier; // "deux cents", and the spoken "dix-neuf cent" for 1900
                    at++;
                } else if (multiplier >= 0) {
                    return multiplier;
                } else {
                    at = start;
                    return -1;
                }
            }
            int rest = belowHundred();
            return hundreds * 100 + Math.max(rest, 0);
        }

        /** A number from 1 to 99 from the cursor, or -1 (cursor unmoved). */
        private int belowHundred() {
            int start = at;
            if (is("quatre") && next("vingt", "vingts")) {
                at += 2;
                return 80 + afterSixtyOrEighty();
            }
            Integer tens = TENS.get(current());
            if (tens != null) {
                at++;
                if (tens == 60) {
                    return 60 + afterSixtyOrEighty();
                }
                return tens + unitAfterTens();
            }
            int teen = teen();
            if (teen >= 0) {
                return teen;
            }
            int unit = unit();
            if (unit >= 0) {
                return unit;
            }
            at = start;
            return -1;
        }

        /** After soixante or quatre-vingt: "et un" / "et onze", a teen (70–79, 90–99), or a unit. */
        private int afterSixtyOrEighty() {
            if (is("et") && next("un", "une", "onze")) {
                at += 2;
                return word(tokens, at - 1).equals("onze") ? 11 : 1;
            }
            int teen = teen();
            return teen >= 0 ? teen : Math.max(unit(), 0);
        }

        /** After vingt…cinquante: "et un", or a unit. */
        private int unitAfterTens() {
            if (is("et") && next("un", "une")) {
                at += 2;
                return 1;
            }
            return Math.max(unit(), 0);
        }

        /** un…neuf from the cursor; -1 if none (cursor unmoved). */
        private int unit() {
            Integer unit = UNITS.get(current());
            if (unit == null) {
                return -1;
            }
            at++;
            return unit;
        }

        /** dix…seize, dix-sept…dix-neuf; -1 if none. */
        private int teen() {
            if (is("dix") && next("sept", "huit", "neuf")) {
                at += 2;
                return 10 + UNITS.get(word(tokens, at - 1));
            }
            Integer teen = TEENS.get(current());
            if (teen != null) {
                at++;
                return teen;
            }
            return -1;
        }

        private String current() {
            return word(tokens, at);
        }

        private boolean is(String word) {
            return current().equals(word);
        }

        private boolean next(String... words) {
            String next = word(tokens, at + 1);
            for (String w : words) {
                if (next.equals(w)) {
                    return true;
                }
            }
            return false;
        }
    }

    private static Map<String, Integer> englishNumbers() {
        var values = new HashMap<String, Integer>();
        String[] small = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
            "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
        for (int k = 0; k < small.length; k++) {
            values.put(small[k], k + 1);
        }
        String[] tens = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
        for (int k = 0; k < tens.length; k++) {
            values.put(tens[k], 20 + 10 * k);
        }
        values.remove("six"); // the French six, read by the French grammar (same value)
        // ten to nineteen in the Romance languages French is mixed with in ads (Spanish, Italian,
        // Portuguese, Romanian; accents folded): the ages at stake. Not "once" (English) nor
        // "doze", which are words; "onze", "quinze", "quatorze" are the French ones already.
        String[][] teens = {
            {"diez", "", "doce", "trece", "catorce", "quince", "dieciseis", "diecisiete", "dieciocho", "diecinueve"},
            {"dieci", "undici", "dodici", "tredici", "quattordici", "quindici", "sedici", "diciassette", "diciotto",
                "diciannove"},
            {"dez", "", "", "", "catorze", "", "dezesseis", "dezessete", "dezoito", "dezenove"},
            {"", "", "", "", "", "", "dezasseis", "dezassete", "", "dezanove"},
            {"zece", "unsprezece", "doisprezece", "treisprezece", "paisprezece", "cincisprezece", "saisprezece",
                "saptesprezece", "optsprezece", "nouasprezece"}};
        for (String[] language : teens) {
            for (int k = 0; k < language.length; k++) {
                if (!language[k].isEmpty()) {
                    values.put(language[k], 10 + k);
                }
            }
        }
        return Lookup.map(values);
    }

    private static java.util.Set<String> words() {
        var words = new java.util.HashSet<String>();
        words.addAll(UNITS.keySet());
        words.addAll(TEENS.keySet());
        words.addAll(TENS.keySet());
        words.addAll(ENGLISH.keySet());
        words.addAll(List.of("zero", "vingts", "cent", "cents", "mille", "mil", "milles"));
        return Lookup.set(words);
    }
}
