package fr.vigie.processing.analysis;

import java.util.List;
import java.util.Set;

/**
 * A number that opens the text, followed at once by a time still to come and a pause ("18 le mois
 * prochain 🙈", "17 la semaine prochaine, …", "16 dans deux semaines !"): the writer's birthday to
 * come, so the age now is a year less. Only at the very start and only before a pause: "12 le mois
 * prochain à la salle des fêtes" is a date or a count, not a person.
 */
final class BirthdayToCome {

    private static final Set<String> ARTICLES = Lookup.set(Set.of("le", "la", "l"));
    private static final Set<String> PERIODS = Lookup.set(Set.of("mois", "semaine", "an", "annee", "week", "weekend"));
    private static final Set<String> NEXT = Lookup.set(Set.of("prochain", "prochaine"));
    private static final Set<String> COUNTED = Lookup.set(Set.of("jour", "jours", "semaine", "semaines", "mois"));

    private BirthdayToCome() {
    }

    /** Whether the number at {@code i} (its reading ends before {@code after}) is such a birthday to come. */
    static boolean opens(String original, List<Token> tokens, TokenNumbers numbers, int i, int after) {
        if (i != 0 || !original.substring(0, tokens.get(0).start()).isBlank()) {
            return false;
        }
        int end = timeToCome(tokens, numbers, after);
        return end > 0 && pauseAfter(original, tokens.get(end - 1).end());
    }

    /** The end of "le mois prochain", "la semaine prochaine", "l'an prochain", "dans deux semaines" at {@code k}, or -1. */
    private static int timeToCome(List<Token> tokens, TokenNumbers numbers, int k) {
        if (k + 2 < tokens.size() && ARTICLES.contains(tokens.get(k).word()) && PERIODS.contains(tokens.get(k + 1).word())
                && NEXT.contains(tokens.get(k + 2).word())) {
            return k + 3;
        }
        if (k + 2 < tokens.size() && tokens.get(k).word().equals("dans")) {
            var count = numbers.reading(k + 1);
            int unit = count == null ? k + 2 : k + 1 + count.tokens();
            boolean counted = count != null || tokens.get(k + 1).word().equals("un") || tokens.get(k + 1).word().equals("une");
            if (counted && unit < tokens.size() && COUNTED.contains(tokens.get(unit).word())) {
                return unit + 1;
            }
        }
        return -1;
    }

    /** Nothing, or no letter or digit, right after the time: it ends a phrase. */
    private static boolean pauseAfter(String original, int from) {
        for (int k = from; k < original.length(); ) {
            int cp = original.codePointAt(k);
            if (!Character.isWhitespace(cp)) {
                return !Character.isLetterOrDigit(cp);
            }
            k += Character.charCount(cp);
        }
        return true;
    }
}
