package fr.vigie.processing.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Chat-profile lines in the orders {@link ChatProfileExtractor} does not read (issue 12, ninth
 * round, from the grid of profile forms): the place first ("Lyon/14/F", "69 | 15 | F"), a
 * département's number after the sex and the age ("F | 15 | 69", "fille-17-13"), a word for a
 * person after the age ("15/fille/69", "Lyon 14 fille"), and a sex-and-age token opening the text
 * ("15F dispo", "f16 …"). Three fields side by side — a sex field, the age, a place — each set apart
 * by spaces or marks only; an "h" or "m" after the age with a bare space is an hour or minutes
 * ("15 h Lyon", "15 m de la plage"), and a number next to the line (a date, a phone) is no profile.
 * Runs only at a number token.
 */
final class ChatProfileOrders {

    private ChatProfileOrders() {
    }

    static List<AgeMention> extract(String original, List<Token> tokens, TokenNumbers numbers) {
        List<AgeMention> ages = List.of();
        for (int i = 0; i < tokens.size(); i++) {
            AgeMention age = i == 0 ? openingGlued(original, tokens) : null;
            if (age == null && numbers.isNumber(i)) {
                age = threeFields(original, tokens, numbers, i);
            }
            if (age != null) {
                if (ages.isEmpty()) {
                    ages = new ArrayList<>();
                }
                ages.add(age);
                i = age.endToken() - 1;
            }
        }
        return ChatProfileExtractor.withJoined(original, tokens, numbers, ages);
    }

    /** "15F dispo", "f16 dispo ce soir": a sex letter glued to an age, opening the text. */
    private static AgeMention openingGlued(String original, List<Token> tokens) {
        if (tokens.isEmpty()) {
            return null;
        }
        String word = tokens.get(0).word();
        if (word.length() != 3 || tokens.size() > 1 && tokens.get(1).isNumber()) {
            return null;
        }
        String digits = word.charAt(0) == 'f' ? word.substring(1) : word.charAt(2) == 'f' ? word.substring(0, 2) : null;
        if (digits == null || !Character.isDigit(digits.charAt(0)) || !Character.isDigit(digits.charAt(1))) {
            return null; // f only: "h19" opening a text is as often a time
        }
        int age = Integer.parseInt(digits);
        return age < AgeExtractor.MIN_AGE || age > 25 ? null : mention(original, tokens, age, 0, 1);
    }

    private static AgeMention threeFields(String original, List<Token> tokens, TokenNumbers numbers, int i) {
        var reading = numbers.reading(i);
        if (reading == null || reading.tokens() != 1 || reading.value() < AgeExtractor.MIN_AGE || reading.value() > 25
                || tokens.get(i).isNumber() && tokens.get(i).word().length() != 2) {
            return null;
        }
        int value = reading.value();
        boolean before = i >= 1 && ChatProfileExtractor.close(original, tokens, i - 1, i);
        boolean after = i + 1 < tokens.size() && ChatProfileExtractor.close(original, tokens, i, i + 1);
        // place, age, sex: "Lyon/14/F", "69 | 15 | F", "Lyon 14 fille"
        if (before && after && isPlace(original, tokens, i - 1) && isSex(original, tokens, i, i + 1)
                && !numberClose(original, tokens, i - 2, i - 1) && !numberClose(original, tokens, i + 2, i + 1)) {
            return mention(original, tokens, value, i - 1, i + 2);
        }
        // sex, age, département: "F | 15 | 69", "fille-17-13"; age, person, place: "15/fille/69"
        if (before && after && isSexBefore(tokens, i - 1) && ChatProfileExtractor.isDepartement(tokens.get(i + 1))
                && !numberClose(original, tokens, i - 2, i - 1) && !numberClose(original, tokens, i + 2, i + 1)) {
            return mention(original, tokens, value, i - 1, i + 2);
        }
        // age, sex, place with any sex field ("15-H-Nantes", "14 · G · Lille", "16.M.13"; "15 h Lyon" stays an hour)
        if (after && i + 2 < tokens.size() && ChatProfileExtractor.close(original, tokens, i + 1, i + 2)
                && isSex(original, tokens, i, i + 1) && isPlace(original, tokens, i + 2)
                && !numberClose(original, tokens, i - 1, i) && !numberClose(original, tokens, i + 3, i + 2)) {
            return mention(original, tokens, value, i, i + 3);
        }
        if (after && i + 2 < tokens.size() && ChatProfileExtractor.close(original, tokens, i + 1, i + 2)
                && ChatProfileExtractor.PERSON_FIELDS.contains(tokens.get(i + 1).word()) && isPlace(original, tokens, i + 2)
                && !numberClose(original, tokens, i - 1, i) && !numberClose(original, tokens, i + 3, i + 2)) {
            return mention(original, tokens, value, i, i + 3);
        }
        return null;
    }

    private static boolean isPlace(String original, List<Token> tokens, int k) {
        return k >= 0 && k < tokens.size() && (ChatProfileExtractor.isDepartement(tokens.get(k))
                || !tokens.get(k).isNumber() && ChatProfileExtractor.placeAt(original, tokens, k, false) >= 0);
    }

    private static boolean isSexBefore(List<Token> tokens, int k) {
        return ChatProfileExtractor.isSexField(tokens, k) || ChatProfileExtractor.PERSON_FIELDS.contains(tokens.get(k).word());
    }

    /** A sex field after the age; "h" and "m" after a bare space are an hour or minutes. */
    private static boolean isSex(String original, List<Token> tokens, int age, int k) {
        if (ChatProfileExtractor.PERSON_FIELDS.contains(tokens.get(k).word())) {
            return true;
        }
        if (!ChatProfileExtractor.isSexField(tokens, k)) {
            return false;
        }
        String word = tokens.get(k).word();
        boolean bareSpace = original.substring(tokens.get(age).end(), tokens.get(k).start()).isBlank();
        return !(bareSpace && (word.equals("h") || word.equals("m")));
    }

    /** Whether the token {@code outer}, next to the line's field {@code field}, is a number close by (a date, a phone). */
    private static boolean numberClose(String original, List<Token> tokens, int outer, int field) {
        if (outer < 0 || outer >= tokens.size()) {
            return false;
        }
        return tokens.get(outer).isNumber() && ChatProfileExtractor.close(original, tokens, Math.min(outer, field), Math.max(outer, field));
    }

    private static AgeMention mention(String original, List<Token> tokens, int age, int first, int end) {
        var evidence = Evidence.of(original, tokens.get(first).start(), tokens.get(end - 1).end());
        return new AgeMention(age, AgeMention.Kind.STATED, evidence, first, end, true);
    }
}
