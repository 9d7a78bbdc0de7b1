package fr.vigie.processing.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Eleventh round: a birth year said of someone else ("elle est de 2011"); majority to come with a
 * word between ("majeure seulement l'année prochaine"); a profile's fields set apart by spaced
 * semicolons ("Léa ; 15 ; Rouen"); young writers' spellings of a gift, someone, a photo, school
 * ("kdo", "qq1", "foto", "lécol"); "mineur" after a price word is a price category ("tarif mineur"),
 * not a minor; someone else taking "des réservations" is third-party control; a label and its value the word
 * breaker kept whole over a colon ("ddn:douze mars 2011"); a cohort word glued to its year in a tag ("#team2010").
 */
class ThirdPersonYearsAndProfilesTest {

    private static final ReportAnalyser ANALYSER = ReportAnalyser.withDefaultRules();
    private static final java.time.Instant OBSERVED = LocalDate.of(2026, 12, 3).atStartOfDay(ZoneId.of("Europe/Paris")).toInstant();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '@', textBlock = """
            ma pote cherche un monsieur généreux, elle est de 2011
            il est de 2010 et il se déplace le soir, écrivez-moi
            majeure seulement l'année prochaine, mais libre ce soir
            majeur juste l'an prochain, qui me gâte ?
            Zoé ; 14 ; Angers ; dispo
            snap: exemple_zoe ; 15 ; Caen ; cadeau
            g 13 ans jveux un kdo, qq1 pour moi ?
            13 ans, jenvoie dé foto si tu me paie
            je suis mineure, tarif 50 euros, dispo ce soir
            ddn:douze mars 2011, dispo ce soir
            âge:quinze ans, écris-moi
            #team2010 dispo ce soir, écris-moi
            """)
    void aMinorIsRead(String text) {
        ExactEvidence.assertRankedWithExactEvidence(ANALYSER, text, OBSERVED, Band.P1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '@', textBlock = """
            la voiture est de 2010, dispo ce soir pour un essai
            le vin est de 2012, dispo en cave, tarif 20 euros
            le tournoi majeur de l'an prochain, billets dispo, 15 euros
            Réunion de copropriété ; salle 15 ; jeudi
            j'ai reçu un kdo de ma mamie pour mes 40 ans
            Tarif mineur 6 euros à la caisse du cinéma, dispo sur place
            Licence mineur au club de foot : 90 € la saison, contactez le secrétariat
            #team2010 du foot, entraînement samedi 14h
            rdv:14h à la gare, tarif:50 euros
            """)
    void noMinorIsRead(String text) {
        assertThat(ANALYSER.analyse(text, null, OBSERVED).band()).as("band of %s", text).isNotEqualTo(Band.P1);
    }

    @org.junit.jupiter.api.Test
    void someoneElseTakingTheBookingsIsThirdPartyControl() {
        assertThat(ANALYSER.analyse("Ma copine s'occupe des réservations, vous venez juste", null, OBSERVED).band())
                .isEqualTo(Band.P2);
    }
}
