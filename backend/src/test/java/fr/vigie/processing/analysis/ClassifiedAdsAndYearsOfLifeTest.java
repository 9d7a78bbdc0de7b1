package fr.vigie.processing.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Sixteenth round ({@code default-21}): the shortened spellings of classified ads ("vds", "lyc.", "dépl. poss.",
 * "px") read as their words; the year of life one is in ("dans ma dix-septième année") an age one less; a two-digit
 * year alone after "née" and before a pause a birth year; a birth year is no count of people ("née en 2006,
 * étudiante", "née en mille neuf cent quatre-vingt-quinze, femme": no "{num} étudiantes", no "{num} femmes").
 * Our own wordings, never corpus texts.
 */
class ClassifiedAdsAndYearsOfLifeTest {

    private static final ReportAnalyser ANALYSER = ReportAnalyser.withDefaultRules();
    private static final java.time.Instant OBSERVED = LocalDate.of(2026, 12, 6).atStartOfDay(ZoneId.of("Europe/Paris")).toInstant();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '@', textBlock = """
            Léa, dans ma dix-septième année, dispo ce soir pour un généreux        @ 16
            en sa 16e année, elle reçoit ce soir, appelez vite                     @ 15
            dans ma seizième année, je cherche un homme généreux ce soir           @ 15
            Jade, dans ma quinzième année, qui veut me gâter ?                     @ 14
            """)
    void theYearOfLifeOneIsInIsAnAgeOneLess(String text, int age) {
        var analysis = ANALYSER.analyse(text, null, OBSERVED);
        assertThat(analysis.entities().ages()).containsExactly(age);
        assertThat(analysis.band()).as(analysis.signals().toString()).isEqualTo(Band.P1);
        ExactEvidence.assertMentionsAreTheirText(text, analysis.entities().mentions());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "La 17e année de notre club de foot, tournoi samedi",
            "dans sa dixième année d'existence, la boutique remercie ses clients",
            "en 3e année de licence, je donne des cours de maths"})
    void anOrdinalYearOfAThingOrOfStudiesIsNoAge(String text) {
        var analysis = ANALYSER.analyse(text, null, OBSERVED);
        assertThat(analysis.entities().ages()).isEmpty();
        assertThat(analysis.band()).isNotEqualTo(Band.P1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '@', textBlock = """
            JF née 09, dispo ce soir pour un généreux                              @ 2009
            Chloé née 10. Qui veut me gâter ce week-end ?                          @ 2010
            """)
    void aTwoDigitYearAloneAfterBornIsABirthYear(String text, int year) {
        var analysis = ANALYSER.analyse(text, null, OBSERVED);
        assertThat(analysis.entities().birthYears()).containsExactly(year);
        assertThat(analysis.band()).isEqualTo(Band.P1);
        ExactEvidence.assertMentionsAreTheirText(text, analysis.entities().mentions());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "née 15 ans après son frère, elle raconte sa vie dans un livre",
            "née 12 mars à Lyon, la comédienne revient au théâtre"})
    void aNumberAfterBornThatGoesOnIsNoTwoDigitYear(String text) {
        var analysis = ANALYSER.analyse(text, null, OBSERVED);
        assertThat(analysis.entities().birthYears()).doesNotContain(2015, 2012);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Lyc. 2de, dispo ap. les cours, RDV discret avec un monsieur génér.",
            "JF lyc., dépl. poss. ce soir, cadeaux appréc.",
            "coll. 4e, dispo ce soir pour un généreux, dépl. poss."})
    void aSchoolGirlInAdSpellingsIsP1(String text) {
        var analysis = ANALYSER.analyse(text, null, OBSERVED);
        assertThat(analysis.band()).as(analysis.signals().toString()).isEqualTo(Band.P1);
        ExactEvidence.assertEveryEvidenceIsItsText(text, analysis);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Vds VTT enf. 12 a, TBE, px 80 €, à déb.",
            "Ach. livres coll. 5e, bon état, px raisonnable",
            "Loc. appt T2 à la semaine, px charges comprises, rés. au 01 99 00 12 34"})
    void ordinaryAdsInTheirSpellingsAreNotP1(String text) {
        var analysis = ANALYSER.analyse(text, null, OBSERVED);
        assertThat(analysis.band()).as(analysis.signals().toString()).isNotEqualTo(Band.P1);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Née en 2006, étudiante en histoire, propose des dîners en ville",
            "née en deux mille cinq, femme charmante, reçoit en journée",
            "Née en mille neuf cent quatre-vingt-quinze, femme élégante, reçoit à Nantes"})
    void aBirthYearBeforeAPersonIsNoCountOfPeople(String text) {
        var analysis = ANALYSER.analyse(text, null, OBSERVED);
        assertThat(analysis.signals()).extracting(FiredSignal::code).doesNotContain("SEVERAL_PEOPLE");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Née en 2006, 3 filles dispo ens. ou sép. ce soir",
            "née le 4 mai 2005 — 2 filles disponibles ce week-end"})
    void aCountAfterABirthYearStillCounts(String text) {
        var analysis = ANALYSER.analyse(text, null, OBSERVED);
        assertThat(analysis.signals()).extracting(FiredSignal::code).contains("SEVERAL_PEOPLE");
    }
}
