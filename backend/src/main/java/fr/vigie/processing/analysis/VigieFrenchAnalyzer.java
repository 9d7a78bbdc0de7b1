package fr.vigie.processing.analysis;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * The one analysis chain used for scoring (and, declared again, by the search index):
 * {@link VigieCharFilter} (NFKC, invisible characters, keycaps, spaced letters and digits,
 * number/unit split) → StandardTokenizer → lower case → elision → ASCII folding → one spelling
 * per ordinal suffix ("4ème", "4ieme" → "4 e") → leetspeak folding → light French stemming.
 * No stop words: "en 3e", "de passage", "ce soir" need them.
 * Thread-safe and meant to be shared, like any Lucene analyzer.
 */
public final class VigieFrenchAnalyzer extends Analyzer {

    /** French elided articles and pronouns; "j'ai 15" must leave "ai 15". */
    static final CharArraySet ELISIONS = CharArraySet.unmodifiableSet(new CharArraySet(
            Arrays.asList("l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu"), true));

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return new VigieCharFilter(reader);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        var tokenizer = new StandardTokenizer();
        TokenStream stream = new LowerCaseFilter(tokenizer);
        stream = new ElisionFilter(stream, ELISIONS);
        stream = new AccentFoldingFilter(stream); // ASCIIFoldingFilter's output, from a table
        stream = new OrdinalSuffixFilter(stream);
        stream = new LeetspeakFoldingFilter(stream);
        stream = new WordCaptureFilter(stream);
        stream = new FrenchLightStemFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }

    /** The tokens of a text, with their offsets in that (original) text. */
    public List<Token> analyse(String text) {
        return analyse(NormalisedText.of(text));
    }

    /** The tokens of a text already normalised (so that it is not normalised twice). */
    public List<Token> analyse(NormalisedText normalised) {
        String text = normalised.original();
        var tokens = new ArrayList<Token>(text.length() / 5 + 8); // about a token per five characters: no regrowing
        try (TokenStream stream = tokenStream("text", new VigieCharFilter.Prenormalised(normalised))) {
            var term = stream.addAttribute(CharTermAttribute.class);
            var word = stream.addAttribute(NormalisedWordAttribute.class);
            var offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                int start = Evidence.trimmedStart(text, offset.startOffset(), offset.endOffset());
                String unstemmed = word.word();
                tokens.add(new Token(sameAs(term, unstemmed) ? unstemmed : term.toString(), unstemmed, start,
                        Evidence.trimmedEnd(text, start, offset.endOffset())));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("reading a string cannot fail", e);
        }
        MisreadDigits.fold(tokens, text);
        return tokens;
    }

    /**
     * Whether the stemmer left the word as it was (most words): the token then shares one string
     * for its term and its word, built once (and hashed once by the look-ups that follow).
     */
    private static boolean sameAs(CharTermAttribute term, String word) {
        if (term.length() != word.length()) {
            return false;
        }
        char[] buffer = term.buffer();
        for (int k = 0; k < word.length(); k++) {
            if (buffer[k] != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
