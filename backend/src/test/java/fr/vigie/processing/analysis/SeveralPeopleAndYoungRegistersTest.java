package fr.vigie.processing.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Rules {@code default-36}, tuned on the development parts of families-20 (several people per text) and families-21
 * (young people's registers): a class reported by a parent with money from an adult, an adult age one only looks
 * ("jfais genre 20 ans mais jsuis mineure"), a birthday to come without its unit ("mes 18 c'est en mars"), letters
 * spelled with hyphens and words with spaces, roses as an emoji, school slang; and what stays low — years since
 * something ("16 ans que…"), hearsay of a news story, an academic minor named with its field, a pen-friend, a hostel for
 * young workers, a pet's birth year. Our own wordings, never corpus texts.
 */
class SeveralPeopleAndYoungRegistersTest {

    private static final ReportAnalyser ANALYSER = ReportAnalyser.withDefaultRules();
    private static final java.time.Instant OBSERVED = LocalDate.of(2026, 12, 7).atStartOfDay(ZoneId.of("Europe/Paris")).toInstant();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Mon fils est en 4e et un adulte lui donne de l'argent pour le retrouver le soir près du parc",
        "Un homme a proposé à ma nièce, en 3e, de l'argent pour monter dans sa voiture",
        "chuis mineure mais je fais facile 21 ans, qui veut me gâter, snap exemple_lune_nuit",
        "née en 2009, 🌹 bienvenues, je me déplace sur Reims",
        "bahut fini à 16h, après ça dispo pour des rdv payés vers Nanterre",
        "mes 18 c'est en avril, en attendant qui m'offre un resto, dm"})
    void aMinorOfferedOrReportedAtRiskIsP1(String text) {
        var analysis = ANALYSER.analyse(text, null, OBSERVED);
        assertThat(analysis.band()).isEqualTo(Band.P1);
        ExactEvidence.assertEveryEvidenceIsItsText(text, analysis);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "20 ans que ma mère tient ce café, venez fêter ça samedi soir, on vous attend",
        "askip la police a démantelé un réseau qui faisait travailler des filles de 15 ans, j'espère qu'ils vont payer",
        "J'ai pris une mineure en sociologie à la fac et je cherche quelqu'un pour réviser le soir",
        "Mon fils de 14 ans cherche un correspondant en Espagne pour progresser, contactez-moi",
        "Foyer de jeunes travailleurs : deux chambres disponibles ce mois-ci, écrivez-nous",
        "Ma chienne est née en 2011 et elle court toujours comme une folle, contactez-moi pour ses chiots"})
    void whatOffersNoMinorStaysBelowP1(String text) {
        assertThat(ANALYSER.analyse(text, null, OBSERVED).band()).isNotEqualTo(Band.P1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '@', textBlock = """
            mes 18 c'est en avril, dm                                  @ 17
            mon anniv des 18 ans c'est en juin, dm pour un resto       @ 17
            """)
    void aBirthdayToComeIsAYearLess(String text, int age) {
        assertThat(ANALYSER.analyse(text, null, OBSERVED).entities().ages()).containsExactly(age);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"20 ans que ma mère tient ce café", "ça fait 17 ans qu'il attend son permis"})
    void yearsSinceSomethingAreNoAge(String text) {
        assertThat(ANALYSER.analyse(text, null, OBSERVED).entities().ages()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '@', textBlock = """
            femme de 30 ans d-e p-a-s-s-a-g-e à Metz, rencontres discrètes    @ MOBILITY
            je suis m-i-n-e-u-r-e et d-i-s-p-o ce soir                      @ MINOR_WORD
            """)
    void lettersJoinedByHyphensMakeWordsSeparatedBySpaces(String text, String code) {
        var analysis = ANALYSER.analyse(text, null, OBSERVED);
        assertThat(analysis.signals()).extracting(FiredSignal::code).contains(code);
        ExactEvidence.assertEveryEvidenceIsItsText(text, analysis);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '@', textBlock = """
            Il nous a demandé « vous avez quel âge ? », on a dit 13 et 14, il veut nous voir mercredi        @ 13,14
            — T'as quel âge ? » J'ai dit 15, il m'a dit de venir ce soir                                    @ 15
            """)
    void anAgeReportedInAnswerIsTheAgeOfTheOneAsked(String text, String ages) {
        var expected = java.util.Arrays.stream(ages.split(",")).map(Integer::valueOf).toList();
        assertThat(ANALYSER.analyse(text, null, OBSERVED).entities().ages()).containsExactlyElementsOf(expected);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Moi et ma pote on est dispo pour des rdv payés ce week-end, on a 21 et 23 ans",
        "Avec ma pote on se déplace à deux sur Dijon, rencontres discrètes"})
    void twoPeopleOfferedTogetherAreSeveralPeople(String text) {
        var analysis = ANALYSER.analyse(text, null, OBSERVED);
        assertThat(analysis.signals()).extracting(FiredSignal::code).contains("SEVERAL_PEOPLE");
        assertThat(analysis.band()).isEqualTo(Band.P2);
    }
}
