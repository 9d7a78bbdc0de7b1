package fr.vigie.processing.analysis;

import java.util.List;

/**
 * Per report, what {@link PhraseMatcher#isNumber} and {@link NumberWords#read} say at each
 * token position, worked out at most once per position. Every phrase starting with a number is
 * tried at every number of the report, and reading a number in words builds strings: without
 * this the same reading was redone once per such phrase, and again by {@link AgeExtractor}.
 * Built by the rule engine, it also holds each token's word and stem as ids of the engine's
 * {@link Vocabulary}, looked up once per report, so that the phrase index and the number words
 * test ids instead of hashing the same strings again.
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
    /** The vocabulary the ids are of, null if none (then number words are asked by their string). */
    private final Vocabulary vocabulary;
    /** {@code numberWords[id]}: whether the word of that id is a number word ({@link NumberWords#isNumberWord}). */
    private final boolean[] numberWords;
    private int[] wordIds;
    private int[] termIds;

    TokenNumbers(List<Token> tokens) {
        this(tokens, null, null);
    }

    /** With ids in a vocabulary that holds every number word, {@code numberWords} marking them. */
    TokenNumbers(List<Token> tokens, Vocabulary vocabulary, boolean[] numberWords) {
        this.tokens = tokens;
        this.number = new byte[tokens.size()];
        this.read = new byte[tokens.size()];
        this.readings = new NumberWords.Reading[tokens.size()];
        this.vocabulary = vocabulary;
        this.numberWords = numberWords;
        if (vocabulary != null) {
            wordIds = new int[tokens.size()];
            termIds = new int[tokens.size()];
            ids(tokens, vocabulary, wordIds, termIds);
        }
    }

    private static void ids(List<Token> tokens, Vocabulary vocabulary, int[] wordIds, int[] termIds) {
        for (int i = 0; i < wordIds.length; i++) {
            Token token = tokens.get(i);
            String word = token.word();
            wordIds[i] = vocabulary.id(word);
            // most tokens share one string for both (the stemmer left the word as it was): one look-up
            termIds[i] = token.term() == word ? wordIds[i] : vocabulary.id(token.term());
        }
    }

    /** The tokens' word ids in that vocabulary (worked out here if the report's are of another). */
    int[] wordIds(Vocabulary of) {
        if (of != vocabulary) {
            computeFor(of);
            return otherWordIds;
        }
        return wordIds;
    }

    /** The tokens' stem ids in that vocabulary. */
    int[] termIds(Vocabulary of) {
        if (of != vocabulary) {
            computeFor(of);
            return otherTermIds;
        }
        return termIds;
    }

    private Vocabulary computedFor;
    private int[] otherWordIds;
    private int[] otherTermIds;

    /** Ids in a vocabulary other than the report's (a phrase index built on its own, in tests). */
    private void computeFor(Vocabulary of) {
        if (computedFor != of) {
            otherWordIds = new int[tokens.size()];
            otherTermIds = new int[tokens.size()];
            ids(tokens, of, otherWordIds, otherTermIds);
            computedFor = of;
        }
    }

    /** {@link PhraseMatcher#isNumber} of token {@code i}. */
    boolean isNumber(int i) {
        if (number[i] == UNKNOWN) {
            number[i] = isNumberToken(i) ? YES : NO;
        }
        return number[i] == YES;
    }

    private boolean isNumberToken(int i) {
        if (tokens.get(i).isNumber()) {
            return true;
        }
        int id = numberWords == null ? Vocabulary.NONE : wordIds[i];
        boolean word = numberWords == null ? PhraseMatcher.isNumber(tokens.get(i))
                : id != Vocabulary.NONE && id < numberWords.length && numberWords[id];
        // a number word that starts no number ("vingts" after "quatre-", "cents" alone) is no number here: every reader
        // asks isNumber() before reading(), and a null reading after a yes would fail the report's analysis
        if (!word) {
            return false;
        }
        readings[i] = NumberWords.read(tokens, i);
        read[i] = YES;
        return readings[i] != null;
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
