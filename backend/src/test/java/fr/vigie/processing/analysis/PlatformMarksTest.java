package fr.vigie.processing.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A handle after a platform marked by an arrow of any Unicode arrow block, after "t.g" or "BeReal". */
class PlatformMarksTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '@', textBlock = """
            sc ➜ exemple_zoe.off, écris-moi                @ exemple_zoe.off
            ig ⇒ exemple_mia_22                             @ exemple_mia_22
            snap ➡️ exemple_lou.b dispo                     @ exemple_lou.b
            tg ⟶ exemple_room_vip                           @ exemple_room_vip
            t.g : exemple_sofia.pv                          @ exemple_sofia.pv
            BeReal : exemple_jade_b, passe me voir          @ exemple_jade_b
            """)
    void anArrowOrANewPlatformMarksTheHandle(String text, String handle) {
        var handles = HandleExtractor.extract(NormalisedText.of(text));
        assertThat(handles).extracting(HandleExtractor.Handle::name).containsExactly(handle);
        handles.forEach(h -> assertThat(text.substring(h.evidence().start(), h.evidence().end())).isEqualTo(h.evidence().text()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '@', textBlock = """
            sc ➜ ce soir
            la tg ➜ on verra
            Prix → 20 € la séance de sport
            """)
    void noNameAfterTheArrowIsNoHandle(String text) {
        assertThat(HandleExtractor.extract(NormalisedText.of(text))).isEmpty();
    }
}
