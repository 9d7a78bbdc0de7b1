package fr.vigie.processing.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Thirteenth round ({@code default-17}): a minor who left the foyer or sleeps outside and asks for a roof is someone
 * to reach (SPEC's rule 13: placed or on the run, asking for shelter) — "quitté le foyer" and its kin join
 * {@code MINOR_IN_CARE}, and a roof sought ({@code SHELTER_SOUGHT}) is enough for a minor's age; a shelter speaking of
 * the young it takes in ({@code A_SHELTER_SPEAKS}) stays low. Wordings of our own.
 */
class RunawayShelterTest {

    private static final ReportAnalyser ANALYSER = ReportAnalyser.withDefaultRules();
    private static final java.time.Instant OBSERVED = LocalDate.of(2026, 12, 4).atStartOfDay(ZoneId.of("Europe/Paris")).toInstant();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "partie du foyer samedi, je cherche quelqu'un pour m'aider, je saurai remercier",
        "17 ans, à la rue depuis une semaine, qui peut m'héberger ?",
        "j'ai 15 ans et je cherche un endroit où dormir, mon beau-père m'a mise dehors"})
    void aMinorWhoLeftOrSleepsOutsideAndAsksForARoofIsP1(String text) {
        assertThat(ANALYSER.analyse(text, null, OBSERVED).band()).isEqualTo(Band.P1);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Le foyer de l'enfance accueille les mineurs sans solution, permanence jour et nuit au 01 99 00 45 13",
        "Maraude du samedi : soupe et couvertures pour les jeunes à la rue, rendez-vous place de la mairie"})
    void aShelterOrAnOutreachRoundStaysLow(String text) {
        assertThat(ANALYSER.analyse(text, null, OBSERVED).band()).isNotEqualTo(Band.P1);
    }
}
