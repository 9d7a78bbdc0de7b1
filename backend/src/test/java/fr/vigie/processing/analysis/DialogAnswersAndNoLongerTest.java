package fr.vigie.processing.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Rules {@code default-30}: an age given as the answer after a speaker's name ("? — Elle : 16"), majority to come in
 * the answer to its question, "j'ai plus 17 ans" (no longer 17), and look-alikes of the small-ad kind (a stroller
 * "trio", an au pair's age range, a student party, easy money). Our own wordings, never corpus texts.
 */
class DialogAnswersAndNoLongerTest {

    private static final ReportAnalyser ANALYSER = ReportAnalyser.withDefaultRules();
    private static final java.time.Instant OBSERVED = LocalDate.of(2026, 12, 6).atStartOfDay(ZoneId.of("Europe/Paris")).toInstant();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '@', textBlock = """
            — Marc : elle a quel âge ? — Sonia : 15, mais elle est mûre — Marc : 100 la nuit alors @ 15 @ P1
            — t'es majeure ? — Jade : dans trois semaines — ok, je paie le resto                 @ 17 @ P1
            j'ai plus 17 ans depuis l'été, dispo en journée, écris-moi                           @ 18 @ P2
            """)
    void theAgeOfTheAnswerOrOfNoLongerIsRead(String text, int age, Band band) {
        var analysis = ANALYSER.analyse(text, null, OBSERVED);
        assertThat(analysis.entities().ages()).contains(age);
        assertThat(analysis.band()).isEqualTo(band);
        ExactEvidence.assertEveryEvidenceIsItsText(text, analysis);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Vends poussette trio, très bon état, 90 €, 06 39 98 20 20",
            "Famille cherche fille au pair 18-26 ans pour la rentrée, logée",
            "Soirée étudiante ce soir à la salle Pasteur, entrée 3 €"})
    void smallAdsStayP4(String text) {
        assertThat(ANALYSER.analyse(text, null, OBSERVED).band()).isEqualTo(Band.P4);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Gagne 400 € en une soirée, sans prise de tête, écris-moi", "de l'argent facile pour les filles motivées, dm"})
    void easyMoneyIsAtLeastP3(String text) {
        assertThat(ANALYSER.analyse(text, null, OBSERVED).band().compareTo(Band.P3)).isLessThanOrEqualTo(0);
    }
}
