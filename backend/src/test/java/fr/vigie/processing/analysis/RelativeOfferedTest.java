package fr.vigie.processing.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Thirteenth round ({@code default-14}): a kin word before an age clears {@code STATED_MINOR_AGE} (a parent or a
 * sister speaks of a child), so a relative who <em>offers</em> the child must be read from the offer itself: clients
 * ("aux messieurs", "pour des hommes"), a price per evening or night, "je vous propose ma…", a go-between ("je fais
 * le lien"), availability at night ({@code MINOR_OFFERED_BY_SOMEONE}, {@code BIRTH_YEAR_MINOR_OFFERED_BY_SOMEONE}).
 * The everyday senses of money and appointment words in a relative's text (a job, a licence, a dentist, a driving
 * licence) no longer make {@code MINOR_OFFERED_FOR_MONEY} ({@code EVERYDAY_ERRAND}). Wordings of our own, none
 * from a corpus.
 */
class RelativeOfferedTest {

    private static final ReportAnalyser ANALYSER = ReportAnalyser.withDefaultRules();
    private static final java.time.Instant OBSERVED = LocalDate.of(2026, 12, 4).atStartOfDay(ZoneId.of("Europe/Paris")).toInstant();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "ma cousine, 16 ans, tient compagnie aux messieurs seuls le soir",
        "je vous propose ma petite sœur, 15 ans, très sage, 150 la soirée",
        "ma nièce 17 ans dispo cette nuit pour des hommes sérieux",
        "ma demi-sœur a 14 ans, si tu paies elle vient, je fais le lien",
        "Duo avec sa cousine de 16 ans, de passage à Agen",
        "ma sœur est née en 2010, elle se déplace, 200 la nuit"})
    void aRelativeWhoOffersAChildIsP1(String text) {
        assertThat(ANALYSER.analyse(text, null, OBSERVED).band()).isEqualTo(Band.P1);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "ma cousine de 16 ans a un rendez-vous chez le dentiste jeudi, qui l'emmène ?",
        "ma nièce, 15 ans, cherche un petit boulot au marché, 8 euros de l'heure",
        "mon cousin de 14 ans veut une licence de judo, combien ça coûte en euros ?",
        "ma sœur de 17 ans prépare son permis, 40 euros l'heure de conduite c'est normal ?",
        "ma cousine née en 2010 cherche un stage de seconde dans un cabinet vétérinaire"})
    void aRelativeWhoSpeaksOfAChildsErrandIsP4(String text) {
        assertThat(ANALYSER.analyse(text, null, OBSERVED).band()).isEqualTo(Band.P4);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"j'ai 16 ans, je cherche un petit boulot, rdv payé ce soir", "15 ans, cherche un stage, tarif en mp"})
    void aMinorsOwnOfferStaysP1WhateverTheErrand(String text) {
        // EVERYDAY_ERRAND clears only MINOR_OFFERED_FOR_MONEY: the writer's own age still makes STATED_MINOR_AGE
        assertThat(ANALYSER.analyse(text, null, OBSERVED).band()).isEqualTo(Band.P1);
    }
}
