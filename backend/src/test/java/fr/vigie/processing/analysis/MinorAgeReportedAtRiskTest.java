package fr.vigie.processing.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Rules {@code default-28}: a minor's age in a report by someone close (a sister, a cousin, a neighbour) with signs of
 * exploitation — men, money, cars, expensive gifts — is P1 ({@code MINOR_AGE_REPORTED_AT_RISK}); a parent's everyday
 * question about money is not. Our own wordings, never corpus texts.
 */
class MinorAgeReportedAtRiskTest {

    private static final ReportAnalyser ANALYSER = ReportAnalyser.withDefaultRules();
    private static final java.time.Instant OBSERVED = LocalDate.of(2026, 12, 6).atStartOfDay(ZoneId.of("Europe/Paris")).toInstant();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Ma cousine de 15 ans monte dans des voitures différentes chaque soir, des hommes bien plus âgés l'attendent",
            "Une voisine de 13 ans revient avec des billets de 50 et des sacs de marque, je m'inquiète",
            "Mon petit frère de 14 ans reçoit des messages d'hommes qui lui promettent de l'argent"})
    void aMinorReportedWithSignsOfExploitationIsP1(String text) {
        var analysis = ANALYSER.analyse(text, null, OBSERVED);
        assertThat(analysis.signals()).extracting(FiredSignal::code).contains("MINOR_AGE_REPORTED_AT_RISK");
        assertThat(analysis.band()).isEqualTo(Band.P1);
        ExactEvidence.assertEveryEvidenceIsItsText(text, analysis);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Ma fille de 15 ans me demande de l'argent de poche, combien lui donner ?",
            "Mon fils de 16 ans veut travailler cet été pour avoir de l'argent, des idées de job ?",
            "Ma nièce de 14 ans part en voyage scolaire, elle a besoin de l'argent pour le car"})
    void aParentsEverydayQuestionAboutMoneyIsNot(String text) {
        var analysis = ANALYSER.analyse(text, null, OBSERVED);
        assertThat(analysis.band()).isNotEqualTo(Band.P1);
    }
}
