package fr.vigie.processing.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "mes 18 ans" names a birthday: said with a time still to come, the age now is a year less; majority to come in a
 * year and a half, or in eighteen months, is two years less; eighteen denied "avant" a time to come is seventeen.
 */
class ComingBirthdayTest {

    private static final ReportAnalyser ANALYSER = ReportAnalyser.withDefaultRules();
    private static final java.time.Instant OBSERVED = LocalDate.of(2026, 12, 3).atStartOfDay(ZoneId.of("Europe/Paris")).toInstant();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '@', quoteCharacter = '"', textBlock = """
            Mes 18 ans c'est le 20 février, en attendant je cherche un daron généreux   @ 17
            Mes dix-huit ans c'est le vingt février, qui veut me gâter                   @ 17
            Mes vingt ans c'est en mars, étudiante, je cherche un sugar daddy           @ 19
            mes 18 ans c'est bientôt, dispo ce soir                                     @ 17
            mes 18 ans c'était le 20 février, dispo ce soir                              @ 18
            j'ai fêté mes 18 ans hier, dispo ce soir                                    @ 18
            18 le mois prochain 🙈 qui veut me gâter ?                                  @ 17
            17 dans deux semaines, rdv discret                                          @ 16
            """)
    void aBirthdayToComeIsAYearLess(String text, int age) {
        assertThat(ANALYSER.analyse(text, null, OBSERVED).entities().ages()).containsExactly(age);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '@', quoteCharacter = '"', textBlock = """
            majeure dans un an et demi, en attendant faut bien payer le loyer   @ 16
            majeure dans deux ans et demi, qui veut me gâter                  @ 15
            majeur dans dix-huit mois, dispo le soir                          @ 16
            majeure dans 8 mois, dispo le soir                                @ 17
            pas 18 avant le printemps mais je sais ce que je veux, rdv         @ 17
            pas dix-huit avant la rentrée, qui veut me gâter                  @ 17
            """)
    void majorityOrEighteenStillToComeGivesTheAgeNow(String text, int age) {
        assertThat(ANALYSER.analyse(text, null, OBSERVED).entities().ages()).containsExactly(age);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '@', textBlock = """
            pas 18 euros avant la fin du mois, dispo ce soir
            12 le mois prochain à la salle des fêtes, venez nombreux
            Rendez-vous le 18 le mois prochain, dispo ce soir
            """)
    void aNumberNotOpeningAPhraseIsNoBirthday(String text) {
        assertThat(ANALYSER.analyse(text, null, OBSERVED).entities().ages()).isEmpty();
    }
}
