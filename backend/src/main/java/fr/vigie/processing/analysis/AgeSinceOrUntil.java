package fr.vigie.processing.analysis;

import java.util.List;
import java.util.Set;

/**
 * A bare number said with the time it has held or will hold: "Moi 18 depuis hier", "ouais 18 depuis la semaine
 * dernière", "elle 17 jusqu'au 30", "ma pote 17 jusqu'à samedi". The writer counts her age from a birthday just past,
 * or up to the next one: the number is her age now. Only after a pronoun, an answer word, a word for a person, a
 * pause or at the very start ("Bus 18 depuis hier dévié" is a bus line), and only before a time ("18 depuis 2010" is
 * not one).
 */
final class AgeSinceOrUntil {

    private static final int MIN = 12;
    private static final int MAX = 25;
    /** Words that put a bare number in someone's mouth besides a person word and chat's "je suis": answers, "j'ai". */
    private static final Set<String> LEADS = Lookup.set(Set.of("ouais", "oui", "ouai", "bah", "ben", "ai", "a", "enfin",
            "officiellement"));
    private static final Set<String> DAYS = Lookup.set(Set.of("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
            "dimanche", "hier", "avant-hier", "peu", "noel", "aujourd'hui", "aujourd", "ce", "cette", "quelques",
            "minuit"));
    private static final Set<String> PERIODS = Lookup.set(Set.of("semaine", "veille", "week", "weekend", "mois", "rentree",
            "fin"));
    private static final Set<String> COUNTED = Lookup.set(Set.of("jour", "jours", "semaine", "semaines", "mois"));

    private AgeSinceOrUntil() {
    }

    /** Whether the number at {@code i} (its reading ends before {@code after}) is such an age. */
    static boolean at(String original, List<Token> tokens, TokenNumbers numbers, int i, int after) {
        var reading = numbers.reading(i);
        if (reading == null || reading.value() < MIN || reading.value() > MAX || after >= tokens.size()) {
            return false;
        }
        boolean since = tokens.get(after).word().equals("depuis");
        boolean until = !since && untilBefore(original, tokens, after);
        if (!since && !until || timeEnd(tokens, numbers, after + 1) < 0) {
            return false;
        }
        return ledIn(original, tokens, i);
    }

    /** "jusqu'au 30", "jusqu'à samedi": the elided "jusqu'" is no word of its own, but it is in the token's text. */
    static boolean untilBefore(String original, List<Token> tokens, int k) {
        String word = tokens.get(k).word();
        if (!word.equals("au") && !word.equals("a")) {
            return false;
        }
        String written = original.substring(tokens.get(k).start(), tokens.get(k).end());
        return written.regionMatches(true, 0, "jusqu", 0, 5);
    }

    /**
     * The end of a time at {@code k}, or -1: "hier", "lundi", "le 14", "le 3 janvier", "la semaine dernière", "ce matin",
     * "peu", "quelques jours", "deux semaines", "30" (a day of this month, after "jusqu'au").
     */
    static int timeEnd(List<Token> tokens, TokenNumbers numbers, int k) {
        if (k >= tokens.size()) {
            return -1;
        }
        String word = tokens.get(k).word();
        if (DAYS.contains(word)) {
            return k + 1;
        }
        if ((word.equals("la") || word.equals("le") || word.equals("l")) && k + 1 < tokens.size()) {
            if (PERIODS.contains(tokens.get(k + 1).word())) {
                return k + 2;
            }
            var day = numbers.isNumber(k + 1) ? numbers.reading(k + 1) : null;
            return day != null && day.value() >= 1 && day.value() <= 31 ? k + 1 + day.tokens() : -1;
        }
        if (numbers.isNumber(k)) {
            var count = numbers.reading(k);
            int unit = k + count.tokens();
            if (unit < tokens.size() && COUNTED.contains(tokens.get(unit).word())) {
                return unit + 1;
            }
            return count.value() >= 1 && count.value() <= 31 && tokens.get(k).isNumber() ? unit : -1;
        }
        return BirthYearExtractor.MONTHS.containsKey(word) ? k + 1 : -1;
    }

    /** At the start, after a pause, or after a word that makes the number someone's ("moi", "ma pote"). */
    private static boolean ledIn(String original, List<Token> tokens, int i) {
        if (i == 0) {
            return original.substring(0, tokens.get(0).start()).isBlank();
        }
        String gap = original.substring(tokens.get(i - 1).end(), tokens.get(i).start()).strip();
        if (!gap.isEmpty()) {
            char mark = gap.charAt(gap.length() - 1);
            return mark == ',' || mark == '(' || mark == ':' || mark == '-' || mark == '—' || mark == '\n';
        }
        String before = tokens.get(i - 1).word();
        return LEADS.contains(before) || AgeExtractor.CHAT_JE_SUIS.contains(before) || AgeExtractor.isPersonWord(before);
    }
}
