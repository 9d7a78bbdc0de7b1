package fr.vigie.processing.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Rules {@code default-31}: shapes of the places texts come from — a pasted chat log ("| [MP] Lola : 14 |"), the euro
 * sign for an 'e', "même mineures" in a job ad, "je dédommage" in a chat line — and their look-alikes: an academic
 * minor, a pet for adoption, a festival's last night, a youth workshop after school. Our own wordings, never corpus
 * texts.
 */
class PlatformShapesTest {

    private static final ReportAnalyser ANALYSER = ReportAnalyser.withDefaultRules();
    private static final java.time.Instant OBSERVED = LocalDate.of(2026, 12, 6).atStartOfDay(ZoneId.of("Europe/Paris")).toInstant();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "[MP] Théo : t'as quel âge ? | [MP] Nina : 15 | [MP] Théo : ok je te paie le bus si tu viens",
            "Club privé recrute hôtesses, même mineures, payées en liquide",
            "H 50 ch F 15-16 discrète, je dédommage, Nantes"})
    void chatLogsJobAdsAndChatLinesAreP1(String text) {
        var analysis = ANALYSER.analyse(text, null, OBSERVED);
        assertThat(analysis.band()).isEqualTo(Band.P1);
        ExactEvidence.assertEveryEvidenceIsItsText(text, analysis);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Tr€s jolie brun€ dispo ce soir, un seul numéro pour nous deux, on est deux copines"})
    void theEuroSignForAnEIsRead(String text) {
        assertThat(ANALYSER.analyse(text, null, OBSERVED).band()).isEqualTo(Band.P2);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Double licence droit avec mineure en économie : quelqu'un l'a faite ?",
            "Mâle · 3 ans · Brest — Filou, castré, pucé, vacciné, très câlin, à l'adoption via l'association",
            "Dernière nuit du festival, concert de clôture au camping, qui a un covoit pour rentrer ?",
            "Atelier slam pour ados après les cours, MJC de Brest, premier essai gratuit",
            "Robe 20€, jupe 10 €, remise en main propre"})
    void studiesPetsFestivalsWorkshopsAndPricesStayLow(String text) {
        assertThat(ANALYSER.analyse(text, null, OBSERVED).band()).isEqualTo(Band.P4);
    }
}
