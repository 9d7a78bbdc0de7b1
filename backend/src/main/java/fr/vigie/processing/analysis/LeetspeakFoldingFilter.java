package fr.vigie.processing.analysis;

import java.io.IOException;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Folds digits used as letters inside a word ("m1neure" → "mineure", "j3une" → "jeune"), and
 * the letter O used as a zero inside a number ("2O1O" → "2010").
 * Only a token that mixes letters and digits, and whose every digit has a letter reading, is
 * folded: "16", "0612345678" or "b2b" stay as they are, so numbers and phones survive.
 * Runs after {@link NormalisedText} has split "16ans" into "16 ans", so ages are not folded.
 */
final class LeetspeakFoldingFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    LeetspeakFoldingFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        char[] buffer = term.buffer();
        int length = term.length();
        if (!hasDigit(buffer, length)) {
            return true; // both foldings need a digit: most words have none, and are then not walked twice
        }
        if (isNumberWithLetterO(buffer, length)) {
            for (int i = 0; i < length; i++) {
                if (buffer[i] == 'o') {
                    buffer[i] = '0';
                }
            }
        } else if (isFoldable(buffer, length)) {
            for (int i = 0; i < length; i++) {
                buffer[i] = letterFor(buffer[i]);
            }
        }
        return true;
    }

    private static boolean hasDigit(char[] buffer, int length) {
        for (int i = 0; i < length; i++) {
            if (buffer[i] >= '0' && buffer[i] <= '9') {
                return true;
            }
        }
        return false;
    }

    /** "2o1o", "2oo9": a number with the letter O for zero (at least two real digits, so "o1" or "oo7" stay). */
    static boolean isNumberWithLetterO(char[] buffer, int length) {
        int digits = 0;
        boolean o = false;
        for (int i = 0; i < length; i++) {
            char c = buffer[i];
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c == 'o') {
                o = true;
            } else {
                return false;
            }
        }
        return o && digits >= 2;
    }

    static boolean isFoldable(char[] buffer, int length) {
        int letters = 0;
        int digits = 0;
        for (int i = 0; i < length; i++) {
            char c = buffer[i];
            if (c >= '0' && c <= '9') {
                if (letterFor(c) == c) {
                    return false;
                }
                digits++;
            } else if (Character.isLetter(c)) {
                letters++;
            }
        }
        return digits > 0 && letters >= 2;
    }

    static char letterFor(char c) {
        return switch (c) {
            case '0' -> 'o';
            case '1' -> 'i';
            case '3' -> 'e';
            case '4' -> 'a';
            case '5' -> 's';
            case '7' -> 't';
            default -> c;
        };
    }
}
