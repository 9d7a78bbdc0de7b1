package fr.vigie.processing.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Chat-profile lines: a sex letter, an age and a place, in either order, spaced, slashed or
 * glued ("F 16 Lyon", "f/16/lyon", "F16 Lyon", "asv ? 15 f marseille", "Jade / F / 19 / Metz").
 * The age is a stated age: that is how people present themselves in chat rooms. It needs all
 * three parts, so that "H24" (round the clock) or "F 16" alone is not an age; and never a
 * number beside another number (a phone, a date).
 */
final class ChatProfileExtractor {

    /** Words after the age that are not a place ("H24 je reçois"): the commonest French function words. */
    private static final Set<String> NOT_A_PLACE = Lookup.set(Set.of("je", "j", "tu", "il", "elle", "on", "nous", "vous",
            "et", "ou", "de", "du", "des", "le", "la", "les", "un", "une", "a", "au", "aux", "en", "sur", "pour", "par",
            "avec", "dans", "ans", "an", "h", "heures", "min", "ce", "cette", "qui", "que", "mais", "pas", "ne", "se",
            "sa", "son", "ses", "mon", "ma", "mes", "dispo", "disponible", "non", "stop", "sept", "jours"));

    private ChatProfileExtractor() {
    }

    static List<AgeMention> extract(String original, List<Token> tokens) {
        var ages = new ArrayList<AgeMention>();
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            String word = token.word();
            if (word.length() > 3 || word.length() == 3 && !isGlued(word)) {
                continue; // most words: no profile starts there (a letter, two digits, or a letter and two digits)
            }
            int age = -1;
            int first = i;
            int last = i;
            if (word.length() == 3) {
                age = Integer.parseInt(word.substring(1)); // "f16", "h19"
                if (word.charAt(0) == 'h' && age == 24) {
                    continue; // "H24": round the clock
                }
            } else if (isSexLetter(word) && isAge(tokens, i + 1) && !(token.word().equals("h")
                    && tokens.get(i + 1).intValue() == 24)) {
                age = tokens.get(i + 1).intValue(); // "F 16", "f/16"
                last = i + 1;
            } else if (isAge(tokens, i) && i + 1 < tokens.size() && isSexLetter(tokens.get(i + 1).word())
                    && tokens.get(i + 1).word().equals("f")) {
                age = token.intValue(); // "15 f", "15/f" (not "15 h", "45 m": hours, metres)
                last = i + 1;
            }
            if (age < AgeExtractor.MIN_AGE || !placeFollows(original, tokens, last) || numberBefore(tokens, first)) {
                continue;
            }
            var evidence = Evidence.of(original, tokens.get(first).start(), tokens.get(last).end());
            ages.add(new AgeMention(age, AgeMention.Kind.STATED, evidence, first, last + 1, true));
            i = last;
        }
        return ages;
    }

    private static boolean isSexLetter(String word) {
        return word.length() == 1 && (word.charAt(0) == 'f' || word.charAt(0) == 'h' || word.charAt(0) == 'm');
    }

    /** "f16", "h19", "m25": a sex letter glued to two digits. */
    private static boolean isGlued(String word) {
        char sex = word.charAt(0);
        return (sex == 'f' || sex == 'h' || sex == 'm') && isDigit(word.charAt(1)) && isDigit(word.charAt(2));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isAge(List<Token> tokens, int i) {
        return i < tokens.size() && tokens.get(i).isNumber() && tokens.get(i).word().length() == 2;
    }

    /** The token after the profile is a word (a place), close by: spaced or slashed, not after a sentence end. */
    private static boolean placeFollows(String original, List<Token> tokens, int last) {
        if (last + 1 >= tokens.size()) {
            return false;
        }
        Token next = tokens.get(last + 1);
        String gap = original.substring(tokens.get(last).end(), next.start()).strip();
        boolean close = gap.isEmpty() || gap.equals("/") || gap.equals("|") || gap.equals("-") || gap.equals(",");
        return close && !next.isNumber() && next.word().length() >= 3 && Character.isLetter(next.word().charAt(0))
                && !NOT_A_PLACE.contains(next.word());
    }

    private static boolean numberBefore(List<Token> tokens, int first) {
        return first >= 1 && tokens.get(first - 1).isNumber();
    }
}
