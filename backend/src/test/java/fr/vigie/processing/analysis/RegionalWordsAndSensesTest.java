package fr.vigie.processing.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Tenth round, first mechanisms: regional and slang words for a girl or a child present the one
 * whose age follows; candles and creole years are age units; "aller sur ses 16 ans" is a year
 * less; a musical key, a care home's acronym said of "guys" and an awareness event are no minor.
 */
class RegionalWordsAndSensesTest {

    private static final ReportAnalyser ANALYSER = ReportAnalyser.withDefaultRules();
    private static final java.time.Instant OBSERVED = LocalDate.of(2026, 12, 3).atStartOfDay(ZoneId.of("Europe/Paris")).toInstant();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '@', textBlock = """
            une minotte de 14 ans du Panier, faut qu'on me régale        @ 14
            petite gonette de seize ans, cherche un monsieur qui paie     @ 16
            pitchounette de 15 ans, qui m'offre mon forfait ?             @ 15
            une gadji de 17 ans qui veut se faire des sous                @ 17
            tifi 15 an, mi rod in monsieur i donn larzan                  @ 15
            manmay 16 lanné, an ka chèché on nonm ki ni lajan              @ 16
            Jade, 15 bougies, cherche un parrain qui gâte                 @ 15
            ma copine va sur ses dix-sept ans, elle cherche un généreux   @ 16
            je vais sur mes 16 ans, qui me paie un resto ?                @ 15
            je vais sur mes 17, qui m'offre un verre contre un câlin ?    @ 16
            elle va sur ses 15, un monsieur généreux pour la gâter ?      @ 14
            """)
    void aRegionalWordPresentsTheOneWhoseAgeFollows(String text, int age) {
        var analysis = ANALYSER.analyse(text, null, OBSERVED);
        assertThat(analysis.band()).isEqualTo(Band.P1);
        assertThat(analysis.entities().ages()).containsExactly(age);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '@', textBlock = """
            Trio en do mineur de Brahms, entrée libre, dimanche 17h
            Étude en si bémol mineur, cours de piano dispo le mercredi
            Accord mineur ou majeur ? Atelier guitare, inscription libre
            Grave les mecs qui doublent dans la file, dispo ou pas c'est pareil
            Conférence sur les dangers des réseaux au collège, ouverte aux parents, jeudi 18h
            Gâteau de 14 bougies pour l'anniversaire du petit, commande pour samedi
            """)
    void aKeyAGroupOfGuysOrATalkIsNoMinor(String text) {
        assertThat(ANALYSER.analyse(text, null, OBSERVED).band()).isNotEqualTo(Band.P1);
    }
}
