package fr.vigie.processing.analysis;

/**
 * The characters a pattern's match may start with, as a table: the candidate scans
 * ({@link CandidateScan}, {@link NormalisedText}) look at every character of a report, and a
 * table look-up rejects most of them before any finer (and costlier) test runs. Immutable.
 */
final class StartChars {

    private final boolean[] ascii = new boolean[128];
    private final boolean nonAscii;

    /**
     * @param asciiChars the ASCII characters a match may start with
     * @param nonAscii   whether a non-ASCII character may start one (then the finer test decides)
     */
    StartChars(String asciiChars, boolean nonAscii) {
        for (int k = 0; k < asciiChars.length(); k++) {
            ascii[asciiChars.charAt(k)] = true;
        }
        this.nonAscii = nonAscii;
    }

    static final String DIGITS = "0123456789";
    static final String LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

    /** The first position from {@code from} whose character may start a match, or the text's length. */
    int next(String text, int from) {
        boolean[] table = ascii; // a small, tight loop: the JIT keeps the table and flag in registers
        boolean other = nonAscii;
        int length = text.length();
        for (int i = from; i < length; i++) {
            char c = text.charAt(i);
            if (c < 128 ? table[c] : other) {
                return i;
            }
        }
        return length;
    }
}
