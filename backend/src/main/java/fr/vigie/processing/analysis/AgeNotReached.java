package fr.vigie.processing.analysis;

import java.util.List;
import java.util.Set;

/**
 * An age the person has not reached, so an upper bound: "j'ai pas 18 ans", "elle n'a même pas 16 ans", "j'ai moins de
 * 18 ans", "en dessous de 18 ans", "j'ai -18", "18 ans ? pas encore", "j'ai pas encore soufflé mes 18 bougies". Said of someone it makes them younger than the
 * number ({@link AgeMention.Kind#UNDER}); never read as the age itself ("pas 18 ans" is no 18-year-old). A limit
 * for an audience stays a limit: "interdit aux moins de 18 ans", "les moins de 18 ans", "-18 ans s'abstenir".
 */
final class AgeNotReached {

    /** Before "moins de": the audience of a limit ("aux moins de 18 ans", "pour les moins de 18"), not a person. */
    private static final Set<String> AUDIENCE_ARTICLES = Lookup.set(Set.of("aux", "les", "des", "au", "le", "la"));
    /** After "-18 ans": a limit, of an ad for adults or of a notice ("-18 ans s'abstenir", "-18 ans uniquement"). */
    private static final Set<String> KEEP_OUT = Lookup.set(Set.of("abstenir", "interdit", "interdits", "interdite",
            "refuse", "refuses", "refusee", "refusees", "svp", "merci", "uniquement", "seulement", "only"));
    private static final String MINUS_SIGNS = "-\u2212\u2013";
    /** The birthdays one celebrates: "pas encore soufflé mes 18 bougies", "pas encore fêté mes 18 ans". */
    private static final Set<String> MILESTONES = Lookup.set(Set.of("souffle", "fete", "atteint", "eu"));
    private static final Set<String> POSSESSIVES = Lookup.set(Set.of("mes", "ses", "tes"));

    private AgeNotReached() {
    }

    /**
     * The first token of the words that say the age at {@code number} is not reached, or -1.
     *
     * @param end the token after the age's unit (or after the number when it has none)
     */
    static int from(String original, List<Token> tokens, int number, int end) {
        if (end < tokens.size() && tokens.get(end).word().equals("avant")) {
            return -1; // "pas 18 ans avant juin": a birthday to come, which tells the age now (PresentAge)
        }
        if (number >= 1 && tokens.get(number - 1).word().equals("pas")) {
            return number - 1; // "j'ai pas 18 ans", "elle n'a même pas 16 ans"
        }
        if (number >= 2 && tokens.get(number - 1).word().equals("encore") && tokens.get(number - 2).word().equals("pas")) {
            return number - 2; // "j'ai pas encore 18 ans"
        }
        if (number >= 3 && POSSESSIVES.contains(tokens.get(number - 1).word()) && MILESTONES.contains(tokens.get(number - 2).word())) {
            int k = number - 3; // "j'ai pas encore soufflé mes 18 bougies": the birthday not reached yet
            if (k >= 1 && tokens.get(k).word().equals("encore")) {
                k--;
            }
            if (tokens.get(k).word().equals("pas")) {
                return k;
            }
        }
        if (number >= 2 && tokens.get(number - 1).word().equals("de")) {
            String bound = tokens.get(number - 2).word();
            if (bound.equals("dessous")) {
                return number >= 3 && tokens.get(number - 3).word().equals("en") ? number - 3 : number - 2;
            }
            if (bound.equals("moins") && !isAudienceLimit(tokens, number)) {
                return number - 2; // "j'ai moins de 18 ans", "Clara, moins de 18 ans"; not "interdit aux moins de 18 ans"
            }
        }
        if (minusBefore(original, tokens.get(number)) && !keptOut(tokens, end)
                && (number >= 1 && PersonHas.at(tokens, number - 1)
                    || opensAPhrase(original, tokens.get(number).start() - 1) && pauseAfter(original, tokens.get(end - 1)))) {
            return number; // "j'ai -18", "−18 ans, dispo ce soir"; not "-18 ans s'abstenir", not a notice "-18 ans"
        }
        if (end(original, tokens, end) > end) {
            return number; // "18 ans ? pas encore", "18 ans ? non": the question the writer answers herself
        }
        return -1;
    }

    /** "interdit aux moins de 18 ans", "les moins de 16 ans": the limit of an audience, no one's age. */
    static boolean isAudienceLimit(List<Token> tokens, int number) {
        return number >= 3 && tokens.get(number - 1).word().equals("de") && tokens.get(number - 2).word().equals("moins")
                && AUDIENCE_ARTICLES.contains(tokens.get(number - 3).word());
    }

    /** The end of the words a not-reached age reaches to: "18 ans ? pas encore" takes its answer in. */
    static int end(String original, List<Token> tokens, int end) {
        if (end + 1 < tokens.size() && original.substring(tokens.get(end - 1).end(), tokens.get(end).start()).contains("?")) {
            if (tokens.get(end).word().equals("pas") && tokens.get(end + 1).word().equals("encore")) {
                return end + 2;
            }
            if (tokens.get(end).word().equals("non")) {
                return end + 1;
            }
        }
        return end;
    }

    private static boolean minusBefore(String original, Token number) {
        return number.start() > 0 && MINUS_SIGNS.indexOf(original.charAt(number.start() - 1)) >= 0;
    }

    private static boolean keptOut(List<Token> tokens, int end) {
        for (int k = end; k < Math.min(tokens.size(), end + 2); k++) {
            if (KEEP_OUT.contains(tokens.get(k).word())) {
                return true;
            }
        }
        return false;
    }

    /** A comma, semicolon or exclamation mark after the age, then more: the age presents, the text goes on. */
    private static boolean pauseAfter(String original, Token last) {
        for (int k = last.end(); k < original.length(); k++) {
            char c = original.charAt(k);
            if (!Character.isWhitespace(c)) {
                return (c == ',' || c == ';' || c == '!') && k + 1 < original.length();
            }
        }
        return false;
    }

    /** The minus sign at {@code minus} opens the text or a phrase (after a pause), so it presents someone. */
    private static boolean opensAPhrase(String original, int minus) {
        for (int k = minus - 1; k >= 0; k--) {
            char c = original.charAt(k);
            if (!Character.isWhitespace(c)) {
                return ",;:(|.!?\n".indexOf(c) >= 0;
            }
        }
        return true;
    }
}
