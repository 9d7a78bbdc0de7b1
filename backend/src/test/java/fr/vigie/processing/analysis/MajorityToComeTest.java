package fr.vigie.processing.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Rules {@code default-26}: majority still to come told as time left ({@link MajorityAge}, {@link PresentAge}),
 * majority denied in answer to its question, and an 18- or 19-year-old sought in a profile. Our own wordings, never
 * corpus texts.
 */
class MajorityToComeTest {

    private static final ReportAnalyser ANALYSER = ReportAnalyser.withDefaultRules();
    private static final java.time.Instant OBSERVED = LocalDate.of(2026, 12, 6).atStartOfDay(ZoneId.of("Europe/Paris")).toInstant();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '@', textBlock = """
            il me reste trois ans avant ma majorité, je cherche un homme qui gâte      @ 15
            plus que quatre mois pour avoir 18 ans, rdv contre un cadeau              @ 17
            il me manque un an pour être majeur, dispo ce soir pour un généreux        @ 17
            encore un an avant d'avoir dix-huit ans, écris-moi pour un arrangement     @ 17
            """)
    void timeLeftBeforeMajorityGivesTheAgeNow(String text, int age) {
        var analysis = ANALYSER.analyse(text, null, OBSERVED);
        assertThat(analysis.entities().ages()).containsExactly(age);
        assertThat(analysis.band()).isEqualTo(Band.P1);
        ExactEvidence.assertEveryEvidenceIsItsText(text, analysis);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Majeure ? nan. Mais discrète, écris-moi pour un arrangement",
            "t'es majeur ? non, je suis en déplacement ce soir, tu paies",
            "tout le monde me demande si je suis majeure : non, et ça change rien, rdv contre cadeaux",
            "j'ai pas encore fêté mes 18 ans, c'est en mai, en attendant un daddy pour me gâter ?"})
    void majorityDeniedInAnswerToItsQuestionIsAnAgeNotReached(String text) {
        var analysis = ANALYSER.analyse(text, null, OBSERVED);
        assertThat(analysis.signals()).extracting(FiredSignal::code).contains("AGE_NOT_REACHED");
        assertThat(analysis.band()).isEqualTo(Band.P1);
        ExactEvidence.assertEveryEvidenceIsItsText(text, analysis);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"La majorité des clients sont satisfaits depuis deux ans, merci",
            "Majeure, non-fumeuse, cherche un studio près de la gare", "Majeure : non-fumeuse, cherche une coloc à Tours",
            "il me reste deux ans avant la retraite, je cherche un club de marche"})
    void majorityOfOthersAnAdjectiveOrRetirementGiveNoAge(String text) {
        var analysis = ANALYSER.analyse(text, null, OBSERVED);
        assertThat(analysis.entities().ages()).isEmpty();
        assertThat(analysis.signals()).extracting(FiredSignal::code).doesNotContain("AGE_NOT_REACHED");
        assertThat(analysis.band()).isNotEqualTo(Band.P1);
    }

    @Test
    void aNineteenYearOldSoughtAgainstGiftsIsP2() {
        String text = "H 55 cherche F 19 contre cadeaux, discrétion";
        var analysis = ANALYSER.analyse(text, null, OBSERVED);
        assertThat(analysis.signals()).extracting(FiredSignal::code).contains("AGE_18_19");
        assertThat(analysis.band()).isEqualTo(Band.P2);
        ExactEvidence.assertEveryEvidenceIsItsText(text, analysis);
    }
}
