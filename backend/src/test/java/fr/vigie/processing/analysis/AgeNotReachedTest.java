package fr.vigie.processing.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Rules {@code default-22}. An age not reached is an upper bound, never the age itself (`AgeMention.Kind.UNDER`, rule `AGE_NOT_REACHED`):
 * "je n'ai pas 18 ans" is no 18-year-old, it is a minor; a limit for an audience stays a limit. And births told by
 * their words ("née il y a 15 ans", "j'ai vu le jour en 2010", "venue au monde en 2009", "bébé de 2010"), number
 * words run together ("dixsept"). Our own wordings, never corpus texts.
 */
class AgeNotReachedTest {

    private static final ReportAnalyser ANALYSER = ReportAnalyser.withDefaultRules();
    private static final java.time.Instant OBSERVED = LocalDate.of(2026, 12, 6).atStartOfDay(ZoneId.of("Europe/Paris")).toInstant();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "je n'ai pas dix-huit ans mais je sais faire plaisir, rdv ce soir",
            "j'ai pas 18, tu paies et on se voit samedi",
            "Inès, même pas 17 ans, dispo pour un monsieur généreux",
            "j'ai pas encore 18 ans, je me déplace à l'hôtel contre cadeaux",
            "elle n'a pas 18 ans, 100 roses la demi-heure, appelle-moi",
            "Sarah, moins de 18 ans, je reçois discrètement en journée",
            "elle a moins de dix-huit ans et se déplace ce soir contre de l'argent",
            "en dessous de 18 ans, je cherche un daddy pour mes sorties",
            "j'ai -18, qui veut me gâter ce week-end ?",
            "\u221218 ans, dispo ce soir pour un homme qui paie",
            "18 ans ? pas encore, mais je suis dispo pour un plan payé"})
    void anAgeNotReachedMakesAMinorOfThePersonOffered(String text) {
        var analysis = ANALYSER.analyse(text, null, OBSERVED);
        assertThat(analysis.band()).as(analysis.signals().toString()).isEqualTo(Band.P1);
        assertThat(analysis.signals()).extracting(FiredSignal::code).doesNotContain("AGE_18_19");
        assertThat(analysis.entities().ages()).as("an age not reached is not the age").doesNotContain(18, 17);
        ExactEvidence.assertEveryEvidenceIsItsText(text, analysis);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Soirée mousse interdite aux moins de 18 ans, entrée 12 € ce soir",
            "Les moins de 16 ans doivent venir avec un adulte, concert samedi",
            "Stage réservé aux moins de 18 ans, inscriptions ouvertes ce soir",
            "-18 ans s'abstenir, femme de 30 ans pour rencontres discrètes",
            "-18 ans uniquement, tournoi de ping-pong samedi",
            "Je n'ai pas 18 ans d'ancienneté mais 12, électricien dispo ce soir",
            "Mon neveu n'a pas 18 ans, peut-il passer le code ? merci",
            "Julie, 26 ans, je n'ai pas 30 ans mais de l'expérience, dispo ce soir"})
    void aLimitForAnAudienceOrAThingsYearsIsNoMinorOffered(String text) {
        var analysis = ANALYSER.analyse(text, null, OBSERVED);
        assertThat(analysis.signals()).extracting(FiredSignal::code).doesNotContain("AGE_NOT_REACHED", "STATED_MINOR_AGE");
        assertThat(analysis.band()).isNotEqualTo(Band.P1);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "pas 18 ans avant l'été, mais dispo pour des rencontres payées",
            "j'ai pas 18 ans avant juin, rdv discret"})
    void aBirthdayToComeStillTellsTheAgeNow(String text) {
        var analysis = ANALYSER.analyse(text, null, OBSERVED);
        assertThat(analysis.band()).isEqualTo(Band.P1);
        assertThat(analysis.entities().ages()).containsExactly(17);
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '@', textBlock = """
            Emma, née il y a quinze ans, qui veut me gâter ce soir ?               @ 15
            je suis né il y a 16 ans, je cherche un daddy pour mes sorties         @ 16
            Clara, dixsept ans, je me déplace ce soir contre cadeaux               @ 17
            """)
    void bornSoManyYearsAgoAndGluedNumberWordsAreAges(String text, int age) {
        var analysis = ANALYSER.analyse(text, null, OBSERVED);
        assertThat(analysis.entities().ages()).contains(age);
        assertThat(analysis.band()).isEqualTo(Band.P1);
        ExactEvidence.assertMentionsAreTheirText(text, analysis.entities().mentions());
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '@', textBlock = """
            Elle a vu le jour en 2010 à Nantes, je cherche un homme généreux pour elle   @ 2010
            venue au monde en 2009, je reçois ce soir contre cadeaux                     @ 2009
            bébé de 2010, qui veut me gâter ce week-end ?                                @ 2010
            """)
    void aBirthToldByItsWordsIsABirthYear(String text, int year) {
        var analysis = ANALYSER.analyse(text, null, OBSERVED);
        assertThat(analysis.entities().birthYears()).containsExactly(year);
        assertThat(analysis.band()).isEqualTo(Band.P1);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Notre crêperie est née il y a 15 ans, venez fêter ça samedi",
            "Notre boulangerie, née il y a 15 ans, fête ça samedi",
            "Le festival a vu le jour en 2010, billetterie ouverte",
            "Poussette bébé 2010 très bon état, à venir chercher"})
    void aThingsBirthIsNoPersonsAge(String text) {
        var analysis = ANALYSER.analyse(text, null, OBSERVED);
        assertThat(analysis.entities().birthYears()).isEmpty();
        assertThat(analysis.band()).isNotEqualTo(Band.P1);
    }
}
