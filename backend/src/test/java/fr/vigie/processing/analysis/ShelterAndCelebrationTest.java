package fr.vigie.processing.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Fifteenth round ({@code default-19}): a minor told by a word or a class, not only by an age, who asks for a roof is
 * at risk (`SHELTER_SOUGHT` vouches for `MINOR_WORD`, `MINOR_SCHOOL`, `MINOR_SCHOOL_LIFE` as it did for ages); an adult
 * who has a child come to his place is a meeting; a birthday told by two of its cues (cake, "anniversaire", candles)
 * is a celebration, not an offer. Our own wordings, never corpus texts.
 */
class ShelterAndCelebrationTest {

    private static final ReportAnalyser ANALYSER = ReportAnalyser.withDefaultRules();
    private static final java.time.Instant OBSERVED = LocalDate.of(2026, 12, 6).atStartOfDay(ZoneId.of("Europe/Paris")).toInstant();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "mineure et sans rien, besoin d'un toit ce soir, je rendrai service",
            "en 3e et je dors dehors depuis dimanche, qui m'héberge ?",
            "collégienne, je cherche où dormir, je peux rendre service",
            "je suis en CM1, le monsieur dit de venir chez lui après l'école",
            "seize ans, à la rue, qui peut m'héberger ? je ferai ce que tu veux"})
    void aMinorWhoAsksForARoofOrIsCalledToAMansPlaceIsP1(String text) {
        var analysis = ANALYSER.analyse(text, null, OBSERVED);
        assertThat(analysis.band()).as(analysis.signals().toString()).isEqualTo(Band.P1);
        ExactEvidence.assertEveryEvidenceIsItsText(text, analysis);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Association : nous aidons les mineures à la rue à trouver un toit, permanence le mardi",
            "Reportage ce soir, le témoignage de lycéens à la rue : comment les aider à trouver un toit ?",
            "Joyeux anniversaire ma puce, 16 ans déjà, gâteau au chocolat et bougies ce soir",
            "Gâteau d'anniversaire pour 15 ans, livraison ce soir, contactez-nous",
            "#15ans #anniversaire #gâteau #famille",
            "Viens chez moi samedi pour l'anniversaire de ma fille, gâteau et bougies à 16 h"})
    void aShelterNewsOrABirthdayIsNotP1(String text) {
        var analysis = ANALYSER.analyse(text, null, OBSERVED);
        assertThat(analysis.band()).as(analysis.signals().toString()).isNotEqualTo(Band.P1);
    }
}
