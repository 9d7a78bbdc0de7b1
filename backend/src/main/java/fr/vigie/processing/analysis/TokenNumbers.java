package fr.vigie.processing.analysis;

import java.util.List;

/**
 * Per report, what {@link PhraseMatcher#isNumber} and {@link NumberWords#read} say at each
 * token position, worked out at most once per position. Every phrase starting with a number is
 * tried at every number of the report, and reading a number in words builds strings: without
 * this the same reading was redone once per such phrase, and again by {@link AgeExtractor}.
 * Not thread-safe: one per report.
 */
final class TokenNumbers {

    private static final byte UNKNOWN = 0;
    private static final byte YES = 1;
    private static final byte NO = 2;

    private final List<Token> tokens;
    private final byte[] number;
    private final byte[] read;
    private final NumberWords.Reading[] readings;

    TokenNumbers(List<Token> tokens) {
        this.tokens = tokens;
        this.number = new byte[tokens.size()];
        this.read = new byte[tokens.size()];
        this.readings = new NumberWords.Reading[tokens.size()];
    }

    /** {@link PhraseMatcher#isNumber} of token {@code i}. */
    boolean isNumber(int i) {
        if (number[i] == UNKNOWN) {
            number[i] = PhraseMatcher.isNumber(tokens.get(i)) ? YES : NO;
        }
        return number[i] == YES;
    }

    /** {@link NumberWords#read} at token {@code i} (null if none). */
    NumberWords.Reading reading(int i) {
        if (read[i] == UNKNOWN) {
            // read() finds nothing where isNumber() says no (digits or a number word come first)
            readings[i] = isNumber(i) ? NumberWords.read(tokens, i) : null;
            read[i] = YES;
        }
        return readings[i];
    }
}
