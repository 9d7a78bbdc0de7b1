package fr.vigie.processing.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Chat profile lines whatever symbol sets their fields apart (any bar or slash look-alike, any punctuation). */
class ChatProfileFormsTest {

    private static final VigieFrenchAnalyzer ANALYZER = new VigieFrenchAnalyzer();

    private static List<Integer> ages(String text) {
        return ChatProfileExtractor.extract(text, ANALYZER.analyse(text)).stream().map(AgeMention::value).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '@', quoteCharacter = '"', textBlock = """
            15⁄f⁄nantes dm si t'es généreux          @ 15
            F ¦ 17 ¦ Toulon ¦ 💸                      @ 17
            16 ∕ F ∕ Lyon                            @ 16
            Léa ¦ 15 ¦ Rouen                          @ 15
            Inès │ 14 │ Montpellier                  @ 14
            G 15 Dijon cherche homme                 @ 15
            """)
    void fieldsSetApartByAnySymbol(String text, int age) {
        assertThat(ages(text)).containsExactly(age);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '@', quoteCharacter = '"', textBlock = """
            rdv 16 h Nancy devant la gare
            ligne G 15 minutes de Dijon
            score 15 ¦ 17 ¦ Toulon
            """)
    void otherNumbersAreNoProfile(String text) {
        assertThat(ages(text)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '@', quoteCharacter = '"', textBlock = """
            H16NTS cherche quelqu'un de généreux      @ 16
            F15LYS dispo après les cours              @ 15
            F 17 de retour sur Caen ce week-end        @ 17
            H 19 dispo ce soir, écris-moi             @ 19
            """)
    void anAgeGluedToAPlaceCodeOrOpeningALineAfterItsSexLetter(String text, int age) {
        assertThat(ages(text)).containsExactly(age);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '@', quoteCharacter = '"', textBlock = """
            Réf H17XB4 en stock
            h17mrs
            F 45 m2 à louer près de la gare
            Appart F 23 rue des Lilas
            Ligne H 12 min d'attente
            dispo F 17 de retour sur Caen
            """)
    void productCodesFlatsAndMidSentenceLettersAreNoProfile(String text) {
        assertThat(ages(text)).isEmpty();
    }
}
