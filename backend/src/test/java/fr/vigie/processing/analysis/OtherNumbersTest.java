package fr.vigie.processing.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Figures shaped like a phone that are another kind of number: a label a few words before them
 * (a serial number, a reference of the ad, a parcel's tracking code, a draw's winning numbers) or a
 * list of clock times. Our own wordings, never corpus texts.
 */
class OtherNumbersTest {

    private static final ReportAnalyser ANALYSER = ReportAnalyser.withDefaultRules();
    private static final java.time.Instant OBSERVED = LocalDate.of(2026, 12, 7).atStartOfDay(ZoneId.of("Europe/Paris")).toInstant();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Permanence de la mairie : 08 30 - 12 00 - 13 30 - 17 15, fermé le samedi",
        "Résultats du loto du comité : numéros gagnants 07 11 23 36 44, bravo aux gagnants",
        "Réf. de l'annonce : 0639987710, canapé trois places, à venir chercher",
        "Perceuse en bon état, numéro de série 0 1 9 9 0 0 7 7 1 0, notice incluse",
        "Suivi de votre colis : 1Z 888 BB2 06 3998 7711, remis au point relais",
        "Immatriculation 06 39 98 77 12 du véhicule de location, rendu le plein fait"})
    void aFigureOfAnotherKindIsNoPhone(String text) {
        assertThat(ANALYSER.analyse(text, null, OBSERVED).entities().phones()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '@', textBlock = """
            Facture réglée, pour le reste appelle-moi au 06 39 98 77 13                 @ +33639987713
            dispo 24h/24 06 39 98 77 14 discrète                                       @ +33639987714
            mon numéro : 06 - 39 - 98 - 77 - 15, le soir seulement                     @ +33639987715
            tel 06 39 98 77 16 - de 20 h 00 à 02 00                                     @ +33639987716
            Annonce 06 39 98 77 17 pour rencontres, je reçois                           @ +33639987717
            """)
    void aPhoneNextToSuchWordsStaysOne(String text, String phone) {
        var analysis = ANALYSER.analyse(text, null, OBSERVED);
        assertThat(analysis.entities().phones()).containsExactly(phone);
        ExactEvidence.assertEveryEvidenceIsItsText(text, analysis);
    }
}
