package fr.vigie.processing.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Rules {@code default-29}: third-party control told in everyday words (a share of the money kept, a boyfriend who
 * gives the address, a recruiter who seeks "des filles" and provides everything) is P2. Our own wordings, never corpus
 * texts.
 */
class ControlInEverydayWordsTest {

    private static final ReportAnalyser ANALYSER = ReportAnalyser.withDefaultRules();
    private static final java.time.Instant OBSERVED = LocalDate.of(2026, 12, 6).atStartOfDay(ZoneId.of("Europe/Paris")).toInstant();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "On cherche des filles motivées, on fournit l'appart et les annonces, tu gardes la moitié",
            "Brune de 25 ans disponible, écris-lui d'abord, il te donnera l'adresse",
            "c'est mon mec qui répond aux messages et qui fixe les prix, moi je viens juste"})
    void controlInEverydayWordsIsP2(String text) {
        var analysis = ANALYSER.analyse(text, null, OBSERVED);
        assertThat(analysis.band()).isEqualTo(Band.P2);
        ExactEvidence.assertEveryEvidenceIsItsText(text, analysis);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"On partage la pizza, tu gardes la moitié pour demain",
            "Le club de foot cherche des filles pour son équipe U13, maillots fournis"})
    void aShareOfAPizzaOrAClubsCallIsNot(String text) {
        assertThat(ANALYSER.analyse(text, null, OBSERVED).band()).isNotIn(Band.P1, Band.P2);
    }
}
