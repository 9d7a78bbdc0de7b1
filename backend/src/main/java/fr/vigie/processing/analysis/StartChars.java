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

    /**
     * @param chars   the characters a match may start with (those beyond ASCII are looked up one by one)
     * @param anyFrom every character from this one on may start a match too (then the finer test
     *                decides), or {@link #NONE}
     */
    StartChars(String chars, int anyFrom) {
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
    }

    static final String DIGITS = "0123456789";

    /** The first position from {@code from} whose character may start a match, or the text's length. */
    int next(String text, int from) {
        boolean[] table = ascii; // a small, tight loop: the JIT keeps the table and bounds in registers
        int any = anyFrom;
        int length = text.length();
        for (int i = from; i < length; i++) {
            char c = text.charAt(i);
            if (c < 128 ? table[c] : c >= any || nonAscii.indexOf(c) >= 0) {
                return i;
            }
        }
        return length;
    }
}
