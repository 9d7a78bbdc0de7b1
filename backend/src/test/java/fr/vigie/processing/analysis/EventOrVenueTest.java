package fr.vigie.processing.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Rules {@code default-25}: "ce soir", "dispo", "libre" said of an event, a venue or a thing (context
 * {@code EVENT_OR_VENUE}) are no one's availability, so they raise nothing; said by someone who offers herself, they
 * still make P3. Our own wordings, never corpus texts.
 */
class EventOrVenueTest {

    private static final ReportAnalyser ANALYSER = ReportAnalyser.withDefaultRules();
    private static final java.time.Instant OBSERVED = LocalDate.of(2026, 12, 6).atStartOfDay(ZoneId.of("Europe/Paris")).toInstant();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Vernissage ce soir à la galerie du port, entrée libre, apéritif offert",
            "Grand loto ce soir à la salle des fêtes, cartons à 3 €",
            "Il reste un créneau dispo ce soir au gymnase pour le futsal",
            "Ce soir projection en plein air, apportez vos chaises",
            "Chien perdu ce soir vers le canal, il répond au nom de Pixel, merci de partager"})
    void anEventAVenueOrAThingAvailableTonightStaysP4(String text) {
        var analysis = ANALYSER.analyse(text, null, OBSERVED);
        assertThat(analysis.signals()).extracting(FiredSignal::code).doesNotContain("URGENCY", "AVAILABLE");
        assertThat(analysis.band()).isEqualTo(Band.P4);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Dispo ce soir, je reçois, discrète",
            "ce soir seulement à Brest, on se voit ?",
            "libre cette nuit pour un monsieur généreux, écris-moi"})
    void someoneAvailableTonightStaysAtLeastP3(String text) {
        var analysis = ANALYSER.analyse(text, null, OBSERVED);
        assertThat(analysis.signals()).extracting(FiredSignal::code).contains("URGENCY");
        assertThat(analysis.band().compareTo(Band.P3)).isLessThanOrEqualTo(0);
        ExactEvidence.assertEveryEvidenceIsItsText(text, analysis);
    }
}
