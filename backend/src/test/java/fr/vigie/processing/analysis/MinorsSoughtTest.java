package fr.vigie.processing.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Thirteenth round ({@code default-18}): an adult who seeks girls under an age for money, gifts or game currency
 * names no one's present age ("moins de 16 ans" is a bound), yet targets minors ({@code MINORS_SOUGHT_FOR_MONEY});
 * lodging offered to runaways is the same ("fugueuses bienvenues", "je te loge"). A club's tournament for girls under
 * an age stays out of P1. Wordings of our own.
 */
class MinorsSoughtTest {

    private static final ReportAnalyser ANALYSER = ReportAnalyser.withDefaultRules();
    private static final java.time.Instant OBSERVED = LocalDate.of(2026, 12, 4).atStartOfDay(ZoneId.of("Europe/Paris")).toInstant();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Carte cadeau de 50 € pour les filles de moins de 16 ans qui viennent me voir",
        "je paie bien si elle a moins de 17 ans, discrétion",
        "Chambre gratuite pour fugueuses, je te loge si tu es sympa avec mes amis"})
    void minorsSoughtForMoneyOrLodgingAreP1(String text) {
        assertThat(ANALYSER.analyse(text, null, OBSERVED).band()).isEqualTo(Band.P1);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Le club organise un tournoi de handball pour les filles de moins de 15 ans, inscription 10 euros",
        "Interdit aux moins de 16 ans, entrée 12 euros"})
    void aClubsTournamentOrALimitIsNoDemand(String text) {
        assertThat(ANALYSER.analyse(text, null, OBSERVED).band()).isNotEqualTo(Band.P1);
    }
}
