package fr.vigie.processing.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Rules {@code default-24}: the profile a writer seeks, chat-style ({@link SoughtProfile}, rule
 * {@code MINOR_SOUGHT_IN_A_PROFILE}). Our own wordings, never corpus texts.
 */
class SoughtProfileTest {

    private static final ReportAnalyser ANALYSER = ReportAnalyser.withDefaultRules();
    private static final java.time.Instant OBSERVED = LocalDate.of(2026, 12, 6).atStartOfDay(ZoneId.of("Europe/Paris")).toInstant();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '@', textBlock = """
            H 52 ch F 14 pour moments câlins, je gâte                    @ 14
            homme 40 Nantes cherche une F 16 discrète contre cadeaux      @ 16
            JH 28 recherche meuf seize pour plans payés                   @ 16
            """)
    void aMinorSoughtWithMoneyOrGiftsIsP1(String text, int age) {
        var analysis = ANALYSER.analyse(text, null, OBSERVED);
        assertThat(analysis.signals()).extracting(FiredSignal::code).contains("MINOR_SOUGHT_IN_A_PROFILE");
        assertThat(analysis.band()).isEqualTo(Band.P1);
        assertThat(analysis.entities().ages()).contains(age);
        ExactEvidence.assertEveryEvidenceIsItsText(text, analysis);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "H 50 ch F 45 pour sorties et resto, sérieux",
            "Famille ch. F 25 ans min. pour garder nos enfants le soir, rémunéré",
            "Club de hand ch. joueuses F 15 pour compléter l'équipe, cotisation 80 €",
            "H 45 ch F 15 ans : signalé à la police, ce genre d'annonce est un délit"})
    void anAdultSoughtATeamOrANewsTextIsNot(String text) {
        var analysis = ANALYSER.analyse(text, null, OBSERVED);
        assertThat(analysis.signals()).extracting(FiredSignal::code).doesNotContain("MINOR_SOUGHT_IN_A_PROFILE");
    }
}
