package fr.vigie.processing.analysis;

import java.io.IOException;
import java.util.Map;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * One spelling for each ordinal suffix after a small number: "4e", "4ème", "4ieme", "4em" are
 * all "4 e"; "1ère", "1re", "1iere" are "1 re"; "2nd", "2nde" are "2 nde". A class written any
 * way then matches the rules' phrases written one way ("en 4ème"), on both sides of the match.
 * "1er" (a date's first day) stays as it is. Runs after lower-casing and accent folding.
 */
final class OrdinalSuffixFilter extends TokenFilter {

    private static final Map<String, String> SUFFIXES = Lookup.map(Map.of("e", "e", "eme", "e", "ieme", "e", "em", "e",
            "re", "re", "ere", "re", "iere", "re", "nd", "nde", "nde", "nde"));

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private boolean afterSmallNumber;

    OrdinalSuffixFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        boolean smallNumber = isSmallNumber();
        if (afterSmallNumber && !smallNumber && term.length() <= 4) {
            String canonical = SUFFIXES.get(term.toString());
            if (canonical != null && !term.toString().equals(canonical)) {
                term.setEmpty().append(canonical);
            }
        }
        afterSmallNumber = smallNumber;
        return true;
    }

    /** One or two digits: a class number ("4", "12" for "12e" in a list of districts is harmless). */
    private boolean isSmallNumber() {
        int length = term.length();
        char[] buffer = term.buffer();
        if (length == 0 || length > 2) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (buffer[i] < '0' || buffer[i] > '9') {
                return false;
            }
        }
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        afterSmallNumber = false;
    }
}
