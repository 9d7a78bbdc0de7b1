package fr.vigie.processing.analysis;

import java.io.IOException;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Lucene's {@link ASCIIFoldingFilter} (without the original kept), same output, read from a table for the
 * characters French text has: Lucene finds a character's folding through a switch of a thousand cases, at every
 * accented letter of every report. The table is Lucene's own answer for each character, worked out once, so the
 * two cannot differ; a character beyond it is asked of Lucene as before. Not thread-safe, like any token filter.
 */
final class AccentFoldingFilter extends TokenFilter {

    /** Characters below this are read from the table: Latin-1, Latin Extended A and B, the IPA and spacing marks. */
    private static final int TABLE_END = 0x0370;
    /** The folding of each character from U+0080 to {@link #TABLE_END} (index: character − 0x80). */
    private static final char[][] FOLDED = table();

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private char[] output = new char[64];

    AccentFoldingFilter(TokenStream input) {
        super(input);
    }

    private static char[][] table() {
        var table = new char[TABLE_END - 0x80][];
        char[] out = new char[8];
        for (int c = 0x80; c < TABLE_END; c++) {
            int length = ASCIIFoldingFilter.foldToASCII(new char[] {(char) c}, 0, out, 0, 1);
            table[c - 0x80] = java.util.Arrays.copyOf(out, length);
        }
        return table;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        char[] buffer = term.buffer();
        int length = term.length();
        for (int i = 0; i < length; i++) {
            if (buffer[i] >= '\u0080') { // as Lucene: a token all ASCII stays as it is
                fold(buffer, length);
                return true;
            }
        }
        return true;
    }

    private void fold(char[] buffer, int length) {
        int maxLength = 4 * length; // as Lucene sizes it: no character folds to more than four
        if (output.length < maxLength) {
            output = new char[maxLength];
        }
        int at = 0;
        for (int i = 0; i < length; i++) {
            char c = buffer[i];
            if (c < '\u0080') {
                output[at++] = c;
            } else if (c < TABLE_END) {
                char[] folded = FOLDED[c - 0x80];
                for (char f : folded) {
                    output[at++] = f;
                }
            } else {
                at = ASCIIFoldingFilter.foldToASCII(buffer, i, output, at, 1);
            }
        }
        term.copyBuffer(output, 0, at);
    }
}
