package fr.vigie.processing.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** An age shown or claimed against the real one: only the real one is the person's age now. */
class ClaimedAgeTest {

    private static final ReportAnalyser ANALYSER = ReportAnalyser.withDefaultRules();
    private static final java.time.Instant OBSERVED = LocalDate.of(2026, 12, 3).atStartOfDay(ZoneId.of("Europe/Paris")).toInstant();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '@', textBlock = """
            sur l'appli j'affiche 19 ans, âge réel 15, on se voit où tu veux          @ P1 @ 15
            Âge indiqué 20, vrai âge 16, rdv discret en semaine                        @ P1 @ 16
            je mets 21 ans sur mon profil, en vrai 17, dispo samedi                     @ P1 @ 17
            j'ai mis 22 ans dans l'annonce mais mon âge c'est 16, qui me gâte ?        @ P1 @ 16
            officiellement 20 ans, en réalité 15, rendez-vous payés                    @ P1 @ 15
            on me donne 15 ans mais j'ai 24, sorties payées                            @ P3 @ 24
            """)
    void theRealAgeWinsOverTheShownOne(String text, String band, int age) {
        var analysis = ANALYSER.analyse(text, null, OBSERVED);
        assertThat(analysis.entities().ages()).containsExactly(age);
        if (band.equals("P1")) {
            assertThat(analysis.band()).isEqualTo(Band.P1);
        } else {
            assertThat(analysis.band()).isNotEqualTo(Band.P1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '@', textBlock = """
            je dis 16 ans, rdv ce soir, qui me gâte ?                                   @ 16
            elle dit qu'elle a 15 ans, on se voit ce soir                               @ 15
            """)
    void aClaimAloneIsStillTheAgeGiven(String text, int age) {
        var analysis = ANALYSER.analyse(text, null, OBSERVED);
        assertThat(analysis.entities().ages()).containsExactly(age);
        assertThat(analysis.band()).isEqualTo(Band.P1);
    }
}
