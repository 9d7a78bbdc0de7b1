package fr.vigie.processing.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Rules {@code default-33}, tuned on the development parts of families-17 (an intake queue) and families-18 (precision
 * under pressure): a name, an age and a word that goes on presenting her ("Zoé 15 blonde"), a quoted reply, a phone's
 * second half after "puis", a go-between named by his handle; and the look-alikes that stay low. Our own wordings,
 * never corpus texts.
 */
class IntakeQueueShapesTest {

    private static final ReportAnalyser ANALYSER = ReportAnalyser.withDefaultRules();
    private static final java.time.Instant OBSERVED = LocalDate.of(2026, 12, 6).atStartOfDay(ZoneId.of("Europe/Paris")).toInstant();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Zoé 15 blonde dispo après 17h Nantes 06 39 98 20 21",
            "capture : « t'as quel âge ? » « 15 » « ok je te paie le taxi »"})
    void aNamesAgeAndAQuotedReplyAreP1(String text) {
        var analysis = ANALYSER.analyse(text, null, OBSERVED);
        assertThat(analysis.band()).isEqualTo(Band.P1);
        ExactEvidence.assertEveryEvidenceIsItsText(text, analysis);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"exemple_agence_lou gère mes rdv, passe par lui sinon rien"})
    void aGoBetweenNamedByHisHandleIsP2(String text) {
        assertThat(ANALYSER.analyse(text, null, OBSERVED).band()).isEqualTo(Band.P2);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"de passage ce soir, mon num : 06 39 98… puis 44 12"})
    void aSecondHalfAfterPuisMakesTheNumber(String text) {
        assertThat(ANALYSER.analyse(text, null, OBSERVED).entities().phones()).containsExactly("+33639984412");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Rappel de la modération : toute annonce avec « 16 ans » ou « mineure » est retirée sans préavis, merci",
            "Deux nounous agréées à Lille, même numéro pour nous joindre : 01 99 00 30 30, places dispo en mars",
            "Chatte de 15 ans, stérilisée, très douce, cherche une famille calme",
            "Pour les cours de violon, passez par moi, je gère le planning de l'école de musique"})
    void noticesTradesPetsAndSchoolsStayLow(String text) {
        assertThat(ANALYSER.analyse(text, null, OBSERVED).band()).isIn(Band.P3, Band.P4);
    }
}
