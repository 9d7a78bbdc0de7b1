package fr.vigie.processing.analysis;

import java.util.function.Consumer;
import java.util.function.IntPredicate;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code while (matcher.find())} loop that only tries the pattern where a cheap test on the
 * text says a match may start. Same matches, in the same order, as the plain loop, provided the
 * test is true at every position where the pattern can match (it may be true elsewhere too);
 * the regex engine no longer attempts a match at each of the thousand positions of a report.
 */
final class CandidateScan {

    private CandidateScan() {
    }

    /**
     * @param starts     the characters a match may start with: a table look-up that skips most
     *                   positions without calling {@code mayStartAt}
     * @param mayStartAt the finer test, at positions {@code starts} lets through
     */
    static void findAll(Pattern pattern, NormalisedText normalised, StartChars starts, IntPredicate mayStartAt,
            Consumer<MatchResult> action) {
        String text = normalised.text();
        char[] chars = normalised.chars();
        Matcher m = null;
        int i = 0;
        while (i < text.length()) {
            i = starts.next(chars, i, text.length());
            if (i == text.length()) {
                break;
            }
            if (!mayStartAt.test(i)) {
                i++;
                continue;
            }
            if (m == null) {
                m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            }
            m.region(i, text.length());
            if (!m.lookingAt() || m.end() == m.start()) {
                i++;
                continue;
            }
            action.accept(m.toMatchResult());
            i = m.end();
        }
    }

    /**
     * Whether {@code text} has {@code lowerAscii} (lower-case ASCII letters) at {@code i}, ASCII
     * letters compared in either case; any other character never matches, so callers whose
     * pattern folds case beyond ASCII must not use it.
     */
    static boolean regionMatchesAsciiIgnoreCase(String text, int i, String lowerAscii) {
        if (i + lowerAscii.length() > text.length()) {
            return false;
        }
        for (int k = 0; k < lowerAscii.length(); k++) {
            char c = text.charAt(i + k);
            if (c >= 0x80 || (c | 0x20) != lowerAscii.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /*
     * The two tests below look at the one char before i, as java.util.regex's one-character
     * look-behinds do: after a letter or digit outside the BMP that char is a lone low surrogate,
     * which the regex takes for neither (so the pattern may match there, and the test must let it).
     */

    /** Whether the character before {@code i} is a letter ({@code \p{L}}); false at the start. */
    static boolean letterBefore(String text, int i) {
        if (i == 0) {
            return false;
        }
        char c = text.charAt(i - 1);
        return c < 0x80 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : Character.isLetter(c);
    }

    /** Whether the character before {@code i} is a letter or a number ({@code [\p{L}\p{N}]}). */
    static boolean letterOrNumberBefore(String text, int i) {
        if (i == 0) {
            return false;
        }
        char c = text.charAt(i - 1);
        if (c < 0x80) {
            return (c | 0x20) >= 'a' && (c | 0x20) <= 'z' || c >= '0' && c <= '9';
        }
        int type = Character.getType(c);
        return Character.isLetter(c) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }
}
