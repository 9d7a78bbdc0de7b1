package fr.vigie.processing.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Rules {@code default-47}: forum posts seen on 27 November 2026 where a relative tells of a young person born less
 * than 18 years ago and an adult man who pays her, takes her to his hotel or gives her money
 * ({@code BIRTH_YEAR_MINOR_REPORTED_AT_RISK}); and a pocket-money question with a birth year stays low. Our own wordings.
 */
class ForumThreadsTest {

    private static final ReportAnalyser ANALYSER = ReportAnalyser.withDefaultRules();
    private static final java.time.Instant OBSERVED = LocalDate.of(2026, 11, 27).atStartOfDay(ZoneId.of("Europe/Paris")).toInstant();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Ma nièce (née en 2010) dit qu'un homme de 38 ans lui paie des vêtements et veut l'emmener à son hôtel. Que faire ?",
        "ma petite sœur, née en 2011, voit un type de 29 ans qui lui file des billets après les cours, j'en parle à qui ?"})
    void aBirthYearReportedWithAnAdultManWhoPaysIsP1(String text) {
        var analysis = ANALYSER.analyse(text, null, OBSERVED);
        assertThat(analysis.band()).isEqualTo(Band.P1);
        ExactEvidence.assertEveryEvidenceIsItsText(text, analysis);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Mon fils (né en 2012) voudrait laver les voitures des voisins pour se faire de l'argent de poche, combien demander ?",
        "Ma fille, née en 2011, a reçu ses étrennes de l'argent de ses grands-parents, on ouvre un livret ?"})
    void pocketMoneyStaysLow(String text) {
        assertThat(ANALYSER.analyse(text, null, OBSERVED).band()).isIn(Band.P3, Band.P4);
    }

    /** Rules {@code default-49}: a classmate named by her class ("ma pote de 3e") is a minor a forum post reports. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"mon pote de 3e dit qu'un mec de 25 ans lui donne de l'argent pour des photos",
        "une fille de ma classe voit un homme qui lui file des billets après les cours"})
    void aClassmateWithSignsOfExploitationIsP1(String text) {
        assertThat(ANALYSER.analyse(text, null, OBSERVED).band()).isEqualTo(Band.P1);
    }

    /** A post opening with an age and a lower-case f is a profile line, no place needed; "12 F le kilo" is a price. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"15 f et lui il a 30 ans, il veut me voir ce soir à son hôtel",
        "16 f, un monsieur m'a proposé 100 € pour monter dans sa voiture"})
    void anAgeAndTheLetterFOpeningAPostAreAProfile(String text) {
        var analysis = ANALYSER.analyse(text, null, OBSERVED);
        assertThat(analysis.band()).isEqualTo(Band.P1);
        ExactEvidence.assertEveryEvidenceIsItsText(text, analysis);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"12 F le kilo au marché en 1985, les souvenirs de ma grand-mère"})
    void aPriceInFrancsIsNoProfile(String text) {
        assertThat(ANALYSER.analyse(text, null, OBSERVED).entities().ages()).isEmpty();
    }

    /** An age after "jusqu'à" is a limit ("gratuit jusqu'à 12 ans"), never someone's present age; "j'ai 15 ans jusqu'à mars" is. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Parc de loisirs : gratuit jusqu'à 12 ans, réservation au 01 99 00 51 20",
        "chez nous c'était 10 € par année d'âge jusqu'à 15 ans pour les étrennes", "tarif réduit jusqu a 14 ans"})
    void anAgeAfterJusquAIsALimit(String text) {
        assertThat(ANALYSER.analyse(text, null, OBSERVED).entities().ages()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"j'ai 15 ans jusqu'à mars et un monsieur me propose de l'argent pour le voir ce soir"})
    void aPresentAgeBeforeJusquAStays(String text) {
        assertThat(ANALYSER.analyse(text, null, OBSERVED).entities().ages()).containsExactly(15);
    }
}
