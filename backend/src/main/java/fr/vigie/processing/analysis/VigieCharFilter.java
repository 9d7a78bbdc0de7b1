package fr.vigie.processing.analysis;

import java.io.IOException;
import java.io.Reader;

import org.apache.lucene.analysis.CharFilter;

/**
 * {@link NormalisedText} as a Lucene char filter. It reads the whole input first (reports are at
 * most 20,000 characters) because joining spaced letters needs to look ahead; in exchange every
 * token offset is corrected exactly back to the original text.
 */
final class VigieCharFilter extends CharFilter {

    private NormalisedText normalised;
    private int position;

    VigieCharFilter(Reader input) {
        super(input);
        if (input instanceof Prenormalised prenormalised) {
            normalised = prenormalised.normalised; // already done by the caller: not twice
        }
    }

    /** A reader over a text the caller has already normalised. */
    static final class Prenormalised extends java.io.StringReader {
        final NormalisedText normalised;

        Prenormalised(NormalisedText normalised) {
            super(normalised.original());
            this.normalised = normalised;
        }
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        load();
        String text = normalised.text();
        if (position >= text.length()) {
            return -1;
        }
        int n = Math.min(length, text.length() - position);
        text.getChars(position, position + n, buffer, offset);
        position += n;
        return n;
    }

    @Override
    protected int correct(int currentOff) {
        return normalised == null ? currentOff : normalised.toOriginal(currentOff);
    }

    private void load() throws IOException {
        if (normalised != null) {
            return;
        }
        var all = new StringBuilder();
        char[] chunk = new char[4096];
        for (int n; (n = input.read(chunk)) != -1; ) {
            all.append(chunk, 0, n);
        }
        normalised = NormalisedText.of(all.toString());
    }
}
