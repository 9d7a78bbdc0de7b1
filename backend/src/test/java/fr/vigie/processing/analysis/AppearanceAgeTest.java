package fr.vigie.processing.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The age one looks, corrected by the age one has ({@link AppearanceAge}). Our own wordings, never corpus texts. */
class AppearanceAgeTest {

    private static final ReportAnalyser ANALYSER = ReportAnalyser.withDefaultRules();
    private static final java.time.Instant OBSERVED = LocalDate.of(2026, 12, 6).atStartOfDay(ZoneId.of("Europe/Paris")).toInstant();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"On me donne 15 ans mais j'en ai 29, massages relaxants sur rendez-vous",
            "Ma sœur fait 14 ans, elle en a 23 et ça l'agace quand on lui demande sa carte"})
    void anAgeLookedAndCorrectedIsNotTheAge(String text) {
        var analysis = ANALYSER.analyse(text, null, OBSERVED);
        assertThat(analysis.band()).isNotEqualTo(Band.P1);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"elle faisait à peine 14 ans, des hommes venaient la chercher en voiture",
            "je fais plus vieille mais j'ai 15 ans, écris-moi pour un rdv payé"})
    void anAgeLookedWithoutACorrectionOrAMinorsOwnAgeStaysP1(String text) {
        assertThat(ANALYSER.analyse(text, null, OBSERVED).band()).isEqualTo(Band.P1);
    }
}
