package fr.vigie.processing.analysis;

/**
 * The characters a pattern's match may start with, as a table: the candidate scans
 * ({@link CandidateScan}, {@link NormalisedText}) look at every character of a report, and a
 * table look-up rejects most of them before any finer (and costlier) test runs. Immutable.
 */
final class StartChars {

    /** No character beyond the listed ones. */
    static final int NONE = Character.MAX_VALUE + 1;
    /**
     * Every decimal digit outside ASCII is at or above this (Latin-1's superscripts are not
     * decimal digits): the accented letters of French text are not stopped at.
     */
    static final int NON_ASCII_DIGITS = 0x300;

    private final boolean[] ascii = new boolean[128];
    private final String nonAscii;
    private final int anyFrom;
    private final boolean wordStarts;
    /** Whether the listed characters are the ten ASCII digits. */
    private final boolean digits;
    /** The one character a match may start with, if only one; -1 otherwise. */
    private final int single;

    /**
     * @param chars   the characters a match may start with (those beyond ASCII are looked up one by one)
     * @param anyFrom every character from this one on may start a match too (then the finer test
     *                decides), or {@link #NONE}
     */
    StartChars(String chars, int anyFrom) {
        this(chars, anyFrom, false);
    }

    /**
     * @param wordStarts whether a listed ASCII letter counts only where no ASCII letter comes
     *                   before it: for patterns that start with a word and a look-behind such
     *                   as {@code (?<![\p{L}])}, so that the finer test is not asked about
     *                   every "s" or "t" inside a word
     */
    StartChars(String chars, int anyFrom, boolean wordStarts) {
        this.wordStarts = wordStarts;
        var others = new StringBuilder();
        for (int k = 0; k < chars.length(); k++) {
            char c = chars.charAt(k);
            if (c < 128) {
                ascii[c] = true;
            } else {
                others.append(c);
            }
        }
        this.nonAscii = others.toString();
        this.anyFrom = anyFrom;
        this.single = chars.length() == 1 && anyFrom == NONE && !wordStarts ? chars.charAt(0) : -1;
        this.digits = chars.equals(DIGITS) && !wordStarts;
    }

    static final String DIGITS = "0123456789";

    /**
     * The first position in {@code [from, length)} whose character may start a match, or
     * {@code length}. An array, not a string: this loop sees every character of every report.
     */
    int next(char[] text, int from, int length) {
        if (digits) {
            int any = anyFrom;
            for (int i = from; i < length; i++) { // digits: a range test, cheaper than the table
                char c = text[i];
                if (c >= '0' && c <= '9' || c >= any) {
                    return i;
                }
            }
            return length;
        }
        if (single >= 0) {
            for (int i = from; i < length; i++) { // one character ('@'): a plain comparison, cheaper still
                if (text[i] == single) {
                    return i;
                }
            }
            return length;
        }
        // a tight loop, ASCII first, every field in a local: a branch and a table look-up per character
        boolean[] table = ascii;
        int any = anyFrom;
        boolean words = wordStarts;
        for (int i = from; i < length; i++) {
            char c = text[i];
            if (c >= 128) {
                if (c >= any || isListed(c)) {
                    return i;
                }
            } else if (table[c] && (!words || i == 0 || !isAsciiLetter(c) || !isAsciiLetter(text[i - 1]))) {
                return i;
            }
        }
        return length;
    }

    private boolean isListed(char c) {
        return nonAscii.indexOf(c) >= 0;
    }

    private static boolean isAsciiLetter(char c) {
        return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
    }
}
