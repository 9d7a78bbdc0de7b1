package fr.vigie.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class EncodedFilesTest {

    /** What intake refused before the one-pass reading: the reading must refuse exactly the same texts. */
    private static final Pattern BASE64_BLOB = Pattern.compile("[A-Za-z0-9+/]{200,}={0,2}");

    private static boolean byPatterns(String s) {
        return EncodedFiles.DATA_URL.matcher(s).find() || BASE64_BLOB.matcher(s).find();
    }

    @Test
    void filesAreFoundAndWordsAreNot() {
        assertThat(EncodedFiles.in("voir data:image/png;base64,iVBORw0KGgo=")).isTrue();
        assertThat(EncodedFiles.in("DATA:Image/JPEG;charset=x;BASE64,/9j/")).isTrue();
        assertThat(EncodedFiles.in("x".repeat(199) + " " + "y".repeat(199))).isFalse();
        assertThat(EncodedFiles.in("début " + "Ab+/".repeat(50) + " fin")).isTrue();
        assertThat(EncodedFiles.in("on parle de base64, et de data: rien d'autre")).isFalse();
        assertThat(EncodedFiles.in(";base64,")).isFalse();
        assertThat(EncodedFiles.in("Annonce, Lyon ; disponible, appeler le 06 39 98 00 00")).isFalse();
    }

    @Property(tries = 2000)
    void answersAsThePatternsDo(@ForAll("texts") String text) {
        assertThat(EncodedFiles.in(text)).isEqualTo(byPatterns(text));
    }

    @Provide
    Arbitrary<String> texts() {
        var pieces = Arbitraries.oneOf(
                Arbitraries.of("data:", "DATA:", "image/png", "text/plain", ";base64,", ";BASE64,", ";charset=utf-8",
                        ",", ";", " ", "é", "=", "==", "\n", "base64", "Data:x/y;base64,"),
                Arbitraries.strings().withChars("aZ09+/").ofMinLength(1).ofMaxLength(120),
                Arbitraries.strings().ofMinLength(0).ofMaxLength(8));
        return Combinators.combine(pieces.list().ofMaxSize(12), Arbitraries.integers().between(0, 3))
                .as((list, repeat) -> String.join("", list).repeat(repeat + 1));
    }
}
