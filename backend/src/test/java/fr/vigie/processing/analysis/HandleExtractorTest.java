package fr.vigie.processing.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A word after a platform name is a handle only when it looks like one. Synthetic names only. */
class HandleExtractorTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            snap exemple_clem              | exemple_clem
            sc: exemple_clem               | exemple_clem
            \uD83D\uDC7B exemple_clem       | exemple_clem
            tt : exemple_rose              | exemple_rose
            insta @exemple_mila            | exemple_mila
            ig exemple_nour19              | exemple_nour19
            sn@p : exemple_sun             | exemple_sun
            snap: lola                     | lola
            snap jadoune                   | jadoune
            mon snap c'est exemple_zoe     | exemple_zoe
            discord: exemple_pixel         | exemple_pixel
            ajoute moi 1nsta: exemple_lila | exemple_lila
            sn4p: exemple_nour             | exemple_nour
            le compte exemple_vite publie  | exemple_vite
            ajoute exemple_ines09 sur snap | exemple_ines09
            insta en privé ➡️ exemple_miel  | exemple_miel
            Écrivez à exemple_lou_b         | exemple_lou_b
            dm exemple_sara_2k pour tout   | exemple_sara_2k
            sorties le samedi, exemple_nina_ok | exemple_nina_ok
            il répond vite : exemple_agenda_x | exemple_agenda_x
            passez par exemple_agenda_lina   | exemple_agenda_lina
            mon télégram exemple_maya_tg     | exemple_maya_tg
            snap exemple_ines_2nde         | exemple_ines_2nde
            """)
    void handles(String text, String handle) {
        assertThat(HandleExtractor.extract(NormalisedText.of(text))).extracting(HandleExtractor.Handle::name)
                .containsExactly(handle);
    }

    @ParameterizedTest
    @ValueSource(strings = {"snap ce soir", "je suis sur insta demain pour le live", "ajoute-moi sur snap si tu veux",
            "tt juste majeure", "snap uniquement", "sc lola", "insta story", "Snap privé uniquement", "Snap perso en privé",
            "compte bancaire", "le compte : bonjour", "mon snap c'est privé",
            "fichier mot_de_passe.txt joint", "Pas de snap. Réf dossier_2024 en pièce jointe", "snap : pas encore",
            "insta : en bio", "snap : sur demande", "Snap : demande-le en mp", "#les_copines_du_lycee ce soir",
            "écrivez à lea_b@example.org", "contactez-nous via example.org/annonce_12 pour la brocante", "snap marche plus depuis la mise à jour"})
    void notHandles(String text) {
        assertThat(HandleExtractor.extract(NormalisedText.of(text))).isEmpty();
    }
}
