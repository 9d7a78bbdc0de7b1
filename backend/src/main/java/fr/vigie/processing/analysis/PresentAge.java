package fr.vigie.processing.analysis;

import java.util.List;
import java.util.Set;

/**
 * The age now that a stated age implies when it is said in another time: a coming birthday
 * ("18 ans dans deux mois", "je vais avoir 17 ans samedi", "j'aurai 25 ans en janvier") means
 * a year less today (or as many years as "dans N ans" says); a past age with its distance
 * ("l'an dernier j'avais 15 ans", "il y a deux ans j'avais 15 ans") means that much more; a past
 * age without one ("quand j'avais 16 ans") says nothing of today ({@code past}).
 */
record PresentAge(int value, boolean past) {

    private static final Set<String> FUTURE_VERBS = Lookup.set(Set.of("aurai", "auras", "aura", "aurons", "aurez",
            "auront"));
    private static final Set<String> GOING_TO = Lookup.set(Set.of("vais", "vas", "va"));
    private static final Set<String> PAST_VERBS = Lookup.set(Set.of("avais", "avait", "avions", "aviez", "avaient"));
    private static final Set<String> SHORT_DURATIONS = Lookup.set(Set.of("mois", "semaine", "semaines", "jour", "jours"));
    private static final Set<String> YEARS = Lookup.set(Set.of("an", "ans", "annee", "annees"));
    private static final int BEFORE = 3;
    private static final int AFTER = 4;
    private static final int DISTANCE_WINDOW = 8;

    /** Null when the age is said in the present. */
    static PresentAge of(List<Token> tokens, TokenNumbers numbers, int start, int end, int stated) {
        boolean future = false;
        boolean past = false;
        for (int k = Math.max(0, start - BEFORE); k < start; k++) {
            String word = tokens.get(k).word();
            future |= FUTURE_VERBS.contains(word)
                    || (word.equals("avoir") && k >= 1 && GOING_TO.contains(tokens.get(k - 1).word()));
            past |= PAST_VERBS.contains(word);
        }
        int years = 1;
        for (int k = end; k < Math.min(tokens.size(), end + AFTER); k++) {
            String word = tokens.get(k).word();
            if (word.equals("demain") || word.equals("prochain") || word.equals("prochaine")) {
                future = true; // "18 ans demain", "18 ans le mois prochain"
                break;
            }
            if (tokens.get(k).word().equals("dans") && k + 1 < tokens.size() && numbers.isNumber(k + 1)) {
                var count = numbers.reading(k + 1);
                int unit = k + 1 + count.tokens();
                if (unit < tokens.size() && SHORT_DURATIONS.contains(tokens.get(unit).word())) {
                    future = true;
                } else if (unit < tokens.size() && YEARS.contains(tokens.get(unit).word())) {
                    future = true;
                    years = count.value();
                }
                break;
            }
        }
        if (future && !past) {
            return new PresentAge(stated - years, false);
        }
        if (past) {
            int ago = yearsAgo(tokens, numbers, start, end);
            return ago > 0 ? new PresentAge(stated + ago, false) : new PresentAge(stated, true);
        }
        return null;
    }

    /** "l'an dernier" / "l'année dernière" → 1, "il y a N ans" → N, nothing → 0. */
    private static int yearsAgo(List<Token> tokens, TokenNumbers numbers, int start, int end) {
        for (int k = Math.max(1, start - DISTANCE_WINDOW); k < Math.min(tokens.size(), end + AFTER); k++) {
            String word = tokens.get(k).word();
            if ((word.equals("dernier") || word.equals("derniere")) && YEARS.contains(tokens.get(k - 1).word())) {
                return 1;
            }
            if (word.equals("a") && tokens.get(k - 1).word().equals("y") && k + 1 < tokens.size() && numbers.isNumber(k + 1)) {
                var count = numbers.reading(k + 1);
                int unit = k + 1 + count.tokens();
                if (unit < tokens.size() && YEARS.contains(tokens.get(unit).word()) && count.value() < 10) {
                    return count.value();
                }
            }
        }
        return 0;
    }
}
