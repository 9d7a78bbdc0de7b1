package fr.vigie.processing.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * An age told by the year of life one is in ("dans ma dix-septième année", "en sa 17e année"): the ordinal counts the
 * year being lived, so the age now is one less (in one's seventeenth year one is sixteen). The ordinal is read in
 * digits with its suffix ("17e", "17ème") or in words, the last word an ordinal of a number word ("dix-septième",
 * "seizième", "vingt et unième").
 */
final class YearOfLife {

    private static final Set<String> BEFORE = Lookup.set(Set.of("dans", "en"));
    private static final Set<String> POSSESSIVES = Lookup.set(Set.of("ma", "sa", "ta"));
    private static final Set<String> SUFFIXES = Lookup.set(Set.of("e", "eme", "ieme", "em"));
    private static final String ORDINAL = "ieme";

    private YearOfLife() {
    }

    static List<AgeMention> extract(String original, List<Token> tokens) {
        var found = new ArrayList<AgeMention>();
        for (int year = 3; year < tokens.size(); year++) {
            if (!tokens.get(year).word().equals("annee")) {
                continue;
            }
            int last = year - 1;
            int value;
            int first;
            if (SUFFIXES.contains(tokens.get(last).word()) && tokens.get(last - 1).isNumber()) {
                first = last - 1; // "17e année", "17 ème année"
                value = tokens.get(first).intValue();
            } else if (tokens.get(last).word().endsWith(ORDINAL)) {
                first = wordedStart(tokens, last);
                value = first < 0 ? -1 : wordedValue(tokens, first, last);
            } else {
                continue;
            }
            if (value < 2 || value > 99 || first < 2 || ofSomething(original, tokens.get(year)) || !POSSESSIVES.contains(tokens.get(first - 1).word())
                    || !BEFORE.contains(tokens.get(first - 2).word())) {
                continue;
            }
            found.add(new AgeMention(value - 1, AgeMention.Kind.STATED,
                    Evidence.of(original, tokens.get(first - 2).start(), tokens.get(year).end()), first - 2, year + 1, true));
        }
        return found;
    }

    /** "sa dixième année d'existence", "ma 3e année de licence": the year of a thing or of studies, not of a life. */
    private static boolean ofSomething(String original, Token year) {
        String after = original.substring(year.end()).stripLeading().toLowerCase(Locale.ROOT);
        return after.startsWith("d'") || after.startsWith("d’") || after.startsWith("de ") || after.startsWith("du ")
                || after.startsWith("des ");
    }

    /** The number word an ordinal is made from: "septieme" → "sept", "neuvieme" → "neuf", "seizieme" → "seize". */
    static String cardinal(String ordinal) {
        String stem = ordinal.substring(0, ordinal.length() - ORDINAL.length());
        if (stem.endsWith("v")) {
            return stem.substring(0, stem.length() - 1) + "f"; // neuv-ième
        }
        if (stem.endsWith("qu")) {
            return stem.substring(0, stem.length() - 1); // cinqu-ième
        }
        if (stem.equals("un")) {
            return "un"; // vingt et un-ième
        }
        return NumberWords.isNumberWord(stem) ? stem : stem + "e"; // sept-ième, huit-ième; seiz-ième, quatr-ième
    }

    /** The first token of the worded ordinal ending at {@code last}, or -1 if its last word is no ordinal of a number. */
    private static int wordedStart(List<Token> tokens, int last) {
        if (!NumberWords.isNumberWord(cardinal(tokens.get(last).word()))) {
            return -1;
        }
        int first = last;
        while (first - 1 >= 0 && last - (first - 1) <= 3
                && (NumberWords.isNumberWord(tokens.get(first - 1).word()) || tokens.get(first - 1).word().equals("et"))) {
            first--;
        }
        return first;
    }

    /** The value of the ordinal from {@code first} to {@code last}, its last word read as its cardinal. */
    private static int wordedValue(List<Token> tokens, int first, int last) {
        var words = new ArrayList<Token>(tokens.subList(first, last));
        Token ordinal = tokens.get(last);
        String cardinal = cardinal(ordinal.word());
        words.add(new Token(cardinal, cardinal, ordinal.start(), ordinal.end()));
        var reading = NumberWords.read(words, 0);
        return reading != null && reading.tokens() == words.size() ? reading.value() : -1;
    }
}
