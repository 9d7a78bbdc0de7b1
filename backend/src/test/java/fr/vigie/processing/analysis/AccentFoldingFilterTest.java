package fr.vigie.processing.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class AccentFoldingFilterTest {

    /** Every character of the BMP but blanks, alone and between letters: the table and Lucene fold it alike. */
    @Test
    void foldsEveryCharacterAsLucene() throws IOException {
        var text = new StringBuilder();
        for (int c = 0x21; c <= 0xFFFF; c++) {
            if (Character.isWhitespace(c) || Character.isSurrogate((char) c)) {
                continue;
            }
            text.append((char) c).append(' ').append('a').append((char) c).append("é ");
        }
        text.append("lycéenne ŒUVRE straße \ud83d\ude00é");
        assertThat(terms(text.toString(), AccentFoldingFilter::new))
                .isEqualTo(terms(text.toString(), ASCIIFoldingFilter::new));
    }

    private static List<String> terms(String text, UnaryOperator<TokenStream> filter) throws IOException {
        var tokenizer = new WhitespaceTokenizer();
        tokenizer.setReader(new StringReader(text));
        var out = new ArrayList<String>();
        try (TokenStream stream = filter.apply(tokenizer)) {
            var term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                out.add(term.toString());
            }
            stream.end();
        }
        return out;
    }
}
