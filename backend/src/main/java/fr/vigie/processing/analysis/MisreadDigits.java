package fr.vigie.processing.analysis;

import java.util.List;
import java.util.Set;

/**
 * Digits a text recognition (or a hurried writer) put as the letters they look like: O for 0,
 * l and I for 1, G for 6, B for 8 ("l5 ans", "1G ans", "2Ol0", a screenshot's "9B" or "6G" in a
 * number). A token of two to four characters with at least as many real digits as such letters
 * is read as the number only where a number is expected: before an age unit, as a year
 * (1990–2029), or beside another number. So "4G", "b12", "g7" or "2B" (Corsica) stay words.
 */
final class MisreadDigits {

    /** What an age unit looks like after a number ("l5 ans"). */
    private static final Set<String> UNITS = Set.of("ans", "an", "yo", "years", "piges", "anos", "anni", "ani");
    private static final Set<String> DEPARTEMENTS = Set.of("2a", "2b");

    private MisreadDigits() {
    }

    /** Folds the tokens in place ({@code original}: the text their offsets point into). */
    static void fold(List<Token> tokens, String original) {
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            String folded = folded(token.word());
            if (folded == null) {
                // as written: the leetspeak folding has already read "l7f" as the word "ltf"; the last letter first, as
                // this is asked of every three-letter word
                String profile = token.end() - token.start() == 3
                        && ChatProfileExtractor.isSexLetter(Character.toLowerCase(original.charAt(token.end() - 1)))
                        ? agedSexLetter(original.substring(token.start(), token.end()).toLowerCase(java.util.Locale.ROOT)) : null;
                if (profile != null) {
                    tokens.set(i, new Token(profile, profile, token.start(), token.end())); // "l6f": a chat profile's "16f"
                    continue;
                }
                i += splitDate(tokens, i);
                continue;
            }
            boolean unitAfter = i + 1 < tokens.size() && UNITS.contains(tokens.get(i + 1).word());
            boolean year = folded.length() == 4 && folded.compareTo("1990") >= 0 && folded.compareTo("2029") <= 0;
            boolean beside = folded.length() == 2 && (i >= 1 && isNumberLike(tokens.get(i - 1).word())
                    || i + 1 < tokens.size() && isNumberLike(tokens.get(i + 1).word()));
            // "née en O9", "DDN O7/2O11": after a word of birth, a number is expected
            boolean afterBirth = i >= 1 && (BORN.contains(tokens.get(i - 1).word())
                    || i >= 2 && tokens.get(i - 1).word().equals("en") && BORN.contains(tokens.get(i - 2).word()));
            // "F l6 Lyon", "H l5 Nantes": after a chat profile's sex letter, an age is expected
            boolean afterSex = folded.length() == 2 && i >= 1 && isSexLetter(tokens.get(i - 1).word());
            if (unitAfter || year || beside || afterBirth || afterSex) {
                tokens.set(i, new Token(folded, folded, token.start(), token.end()));
            }
        }
    }

    private static boolean isSexLetter(String word) {
        return word.length() == 1 && ChatProfileExtractor.isSexLetter(word.charAt(0));
    }

    /**
     * A chat profile's age glued to its sex letter with a look-alike letter for a digit ("l6f", "l7h", "1Gf"), as the
     * age and letter with the digit read ("16f"); null otherwise.
     */
    private static String agedSexLetter(String word) {
        if (word.length() != 3 || !ChatProfileExtractor.isSexLetter(word.charAt(2))) {
            return null;
        }
        String age = folded(word.substring(0, 2));
        return age == null ? null : age + word.charAt(2);
    }

    /** Words of birth after which a number is expected ("née en O9", "DDN O7.O9.2O11", "DN 14.03.2O1O"). */
    private static final Set<String> BORN = Set.of("nee", "ne", "nees", "nes", "ddn", "dn", "dob", "naissance", "naiss");

    /**
     * A token that is a date with look-alike letters for digits, which the word breaker kept whole
     * because letters and digits touch the dots ("O9.2O11" after "07."): when it follows a number or
     * a word of birth and every part between dots, slashes or dashes is a number once its letters
     * are read as digits (at least one of them so read), the token becomes those numbers, each on
     * its own part of the text so that evidence stays exact. Returns how many tokens were added.
     */
    private static int splitDate(List<Token> tokens, int i) {
        Token token = tokens.get(i);
        String word = token.word();
        if (word.length() < 4 || word.length() > 10 || token.end() - token.start() != word.length()
                || word.indexOf('.') < 0 && word.indexOf('/') < 0 && word.indexOf('-') < 0
                || i < 1 || !(BORN.contains(tokens.get(i - 1).word()) || isNumberLike(tokens.get(i - 1).word()))) {
            return 0;
        }
        var parts = new java.util.ArrayList<Token>();
        boolean misread = false;
        int from = 0;
        for (int k = 0; k <= word.length(); k++) {
            if (k < word.length() && ".-/".indexOf(word.charAt(k)) < 0) {
                continue;
            }
            String part = word.substring(from, k);
            String digits = part.chars().allMatch(Character::isDigit) ? part : folded(part);
            if (part.isEmpty() || part.length() > 4 || digits == null) {
                return 0;
            }
            misread |= !digits.equals(part);
            parts.add(new Token(digits, digits, token.start() + from, token.start() + k));
            from = k + 1;
        }
        if (!misread || parts.size() < 2 || parts.size() > 3) {
            return 0;
        }
        tokens.remove(i);
        tokens.addAll(i, parts);
        return parts.size() - 1;
    }

    /** The number the word stands for, or null if it is not a number with look-alike letters. */
    static String folded(String word) {
        int length = word.length();
        if (length < 2 || length > 4) {
            return null;
        }
        int digits = 0;
        int letters = 0;
        for (int k = 0; k < length; k++) {
            char c = word.charAt(k);
            char d = digitFor(c);
            if (d == 0) {
                return null;
            }
            if (d == c) {
                digits++;
            } else {
                letters++;
            }
        }
        if (letters == 0 || digits < letters || DEPARTEMENTS.contains(word)) {
            return null;
        }
        // built only for the rare word that is one: this runs at every short token
        char[] out = new char[length];
        for (int k = 0; k < length; k++) {
            out[k] = digitFor(word.charAt(k));
        }
        return new String(out);
    }

    private static boolean isNumberLike(String word) {
        if (word.length() == 2 && Character.isDigit(word.charAt(0)) && Character.isDigit(word.charAt(1))) {
            return true;
        }
        return folded(word) != null;
    }

    private static char digitFor(char c) {
        if (c >= '0' && c <= '9') {
            return c;
        }
        return switch (c) {
            case 'o' -> '0';
            case 'l', 'i' -> '1';
            case 'g' -> '6';
            case 'b' -> '8';
            default -> 0;
        };
    }
}
