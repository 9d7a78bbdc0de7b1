package fr.vigie.processing.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chat-profile lines: a sex letter, an age and a place, in either order, spaced, slashed or
 * glued ("F 16 Lyon", "f/16/lyon", "F16 Lyon", "asv ? 15 f marseille", "Jade / F / 19 / Metz").
 * The age is a stated age: that is how people present themselves in chat rooms. It needs all
 * three parts, so that "H24" (round the clock) or "F 16" alone is not an age; and never a
 * number beside another number (a phone, a date).
 */
final class ChatProfileExtractor {

    private static final Set<String> SEX_LETTERS = Lookup.set(Set.of("f", "h", "m"));
    private static final Pattern GLUED = Pattern.compile("([fhm])(\\d{2})");
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
            Matcher glued = GLUED.matcher(token.word());
            int age = -1;
            int first = i;
            int last = i;
            if (glued.matches()) {
                age = Integer.parseInt(glued.group(2)); // "f16", "h19"
                if (glued.group(1).equals("h") && age == 24) {
                    continue; // "H24": round the clock
                }
            } else if (SEX_LETTERS.contains(token.word()) && isAge(tokens, i + 1) && !(token.word().equals("h")
                    && tokens.get(i + 1).intValue() == 24)) {
                age = tokens.get(i + 1).intValue(); // "F 16", "f/16"
                last = i + 1;
            } else if (isAge(tokens, i) && i + 1 < tokens.size() && SEX_LETTERS.contains(tokens.get(i + 1).word())
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
