package fr.vigie.processing.analysis;

import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;

/**
 * A report of two or three words ("oui mineure", "15 dispo ?", "f16 dispo"): what it says is the
 * writer's answer about themselves, there is no sentence around it to present anyone. In such a
 * text a sign that stands with nothing but function words and assertions ("oui", "encore",
 * "toujours") presents the writer, and a number with no unit that is no date, count or price is
 * an age. "erreur mineure" or "mineure en droit" keep a noun beside the word: they present no one.
 */
final class BriefText {

    /** At most this many tokens: a brief text. */
    static final int MAX_TOKENS = 4;
    /** Words that assert what they stand beside, besides the stop words. */
    private static final Set<String> ASSERTIONS = Lookup.set(Set.of("oui", "ouais", "encore", "toujours", "trop",
            "vraiment", "bien", "si", "ok", "hein", "grave", "perso", "deja", "chui", "chuis", "jsuis", "ui", "yes"));
    /** Before a number, these make it a date, a rank, a count or a size, not an age. */
    private static final Set<String> NOT_AN_AGE_BEFORE = Lookup.set(Set.of("le", "la", "les", "l", "du", "au", "a", "de",
            "des", "n", "no", "num", "numero", "top", "x", "lot", "taille", "pointure", "vers", "avant", "apres",
            "depuis", "pour", "plus", "moins", "que", "dans", "en", "sur", "tel", "h", "rdv", "page", "chambre",
            "salle", "bus", "ligne", "tram", "porte", "quai", "code", "cp", "dept", "departement"));
    /** After a number, these make it a date or a count. */
    private static final Set<String> NOT_AN_AGE_AFTER = Lookup.set(Set.of("janvier", "fevrier", "mars", "avril", "mai",
            "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre", "h", "heures", "min", "euros",
            "euro", "eur", "e", "k", "cm", "kg", "m", "minutes", "jours", "mois", "semaines", "fois", "x", "personnes",
            "roses", "photos", "verres", "pieces", "places", "pers", "km", "mn", "sec"));
    private static final CharArraySet STOP_WORDS = FrenchAnalyzer.getDefaultStopSet();

    private BriefText() {
    }

    static boolean isBrief(List<Token> tokens) {
        return !tokens.isEmpty() && tokens.size() <= MAX_TOKENS;
    }

    /** Whether every token of a brief text outside {@code [first, end)} is a function word or an assertion. */
    static boolean presents(List<Token> tokens, int first, int end) {
        if (!isBrief(tokens)) {
            return false;
        }
        for (int k = 0; k < tokens.size(); k++) {
            if (k >= first && k < end) {
                continue;
            }
            String word = tokens.get(k).word();
            if (!STOP_WORDS.contains(word) && !ASSERTIONS.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the number at {@code i} (ending before {@code after}) of a brief text is an age: no
     * other number in the text, nothing before or after it that makes it a date, a count or a size.
     */
    static boolean isAge(String original, List<Token> tokens, TokenNumbers numbers, int i, int after) {
        // the number opens the text ("15 dispo ?", "quinze dispo ?"): after a word it is that word's (a place, a count);
        // a number word alone ("seize") is no answer about anyone
        if (!isBrief(tokens) || i != 0 || !tokens.get(i).isNumber() && after >= tokens.size()
                || after < tokens.size() && tokens.get(after).word().equals("a")) {
            return false;
        }
        for (int k = 0; k < tokens.size(); k++) {
            if ((k < i || k >= after) && numbers.isNumber(k)) {
                return false;
            }
        }
        if (i >= 1 && NOT_AN_AGE_BEFORE.contains(tokens.get(i - 1).word())
                || after < tokens.size() && NOT_AN_AGE_AFTER.contains(tokens.get(after).word())) {
            return false;
        }
        int start = tokens.get(i).start();
        int end = tokens.get(after - 1).end();
        char before = start > 0 ? original.charAt(start - 1) : ' ';
        char next = end < original.length() ? original.charAt(end) : ' ';
        return "+-<>#°€$%:/.,".indexOf(before) < 0 && "+€$%:/h°".indexOf(next) < 0;
    }
}
