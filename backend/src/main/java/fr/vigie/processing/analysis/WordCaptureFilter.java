package fr.vigie.processing.analysis;

import java.io.IOException;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Keeps the unstemmed word in {@link NormalisedWordAttribute} before the stemmer rewrites the term. */
final class WordCaptureFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final NormalisedWordAttribute word = addAttribute(NormalisedWordAttribute.class);

    WordCaptureFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        word.setWord(term.toString());
        return true;
    }
}
