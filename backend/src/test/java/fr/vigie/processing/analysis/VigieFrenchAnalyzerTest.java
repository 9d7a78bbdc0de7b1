package fr.vigie.processing.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VigieFrenchAnalyzerTest {

    private final VigieFrenchAnalyzer analyzer = new VigieFrenchAnalyzer();

    private List<String> words(String text) {
        return analyzer.analyse(text).stream().map(Token::word).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Je suis MINEURE                 | je suis mineure
            je suis m1neure                 | je suis mineure
            toute j3une                     | toute jeune
            m i n e u r e                   | mineure
            m.i.n.e.u.r.e                   | mineure
            M-I-N-E-U-R-E                   | mineure
            j'ai 1 6 ans                    | ai 16 ans
            J’ai 16ans                      | ai 16 ans
            16a                             | 16 a
            Lycéenne en 3e                  | lyceenne en 3 e
            dispo 24h/24                    | dispo 24 h 24
            ｍｉｎｅｕｒｅ １６ ans           | mineure 16 ans
            p@ssage                         | passage
            tél 0612345678                  | tel 0612345678
            qu'elle                         | elle
            je suis m\u0456n\u0435ur\u0435     | je suis mineure
            je suis m\u03b9ne\u03c5re          | je suis mineure
            1\u03366\u0336 ans                 | 16 ans
            m\u0332i\u0332n\u0332e\u0332u\u0332r\u0332e\u0332 | mineure
            lyc\u00e9e\u0301nne                | lyceenne
            m/i/n/e/u/r/e                   | mineure
            a/s/v : 15                      | asv 15
            en 4ème, en 4ieme, en 4e, en 4em | en 4 e en 4 e en 4 e en 4 e
            en 1ère, en 1re, en 1iere       | en 1 re en 1 re en 1 re
            en 2nd, en 2nde                 | en 2 nde en 2 nde
            le 1er mai                      | le 1 er mai
            \ud83c\uddf2 \ud83c\uddee \ud83c\uddf3 \ud83c\uddea \ud83c\uddfa \ud83c\uddf7 \ud83c\uddea | mineure
            Bio : \ud83c\uddeb\ud83c\uddf7 Toulouse | bio \ud83c\uddeb\ud83c\uddf7 toulouse
            """)
    void undoesDisguises(String text, String expected) {
        assertThat(String.join(" ", words(unescape(text)))).isEqualTo(unescape(expected));
    }

    private static String unescape(String text) {
        return EvaluationCorpus.unescape(text);
    }

    @Test
    void invisibleCharactersAndKeycapsDoNotCutWords() {
        assertThat(words("min\u200Beu\u00ADre")).containsExactly("mineure");
        assertThat(words("1\uFE0F\u20E36\uFE0F\u20E3 ans")).containsExactly("16", "ans");
        assertThat(words("\uFEFFmineure\u2060")).containsExactly("mineure");
    }

    @Test
    void offsetsPointAtTheOriginalText() {
        String text = "J'ai 1 6 ans, m i n e u r e, min\u200Beure et 1\uFE0F\u20E37\uFE0F\u20E3ans";
        var tokens = analyzer.analyse(text);
        assertThat(tokens).extracting(t -> text.substring(t.start(), t.end()))
                .containsExactly("J'ai", "1 6", "ans", "m i n e u r e", "min\u200Beure", "et",
                        "1\uFE0F\u20E37\uFE0F\u20E3", "ans");
    }

    @Test
    void stemsForMatchingButKeepsTheWord() {
        var token = analyzer.analyse("étudiantes").getFirst();
        assertThat(token.word()).isEqualTo("etudiantes");
        assertThat(token.term()).isNotEqualTo(token.word());
    }
}
