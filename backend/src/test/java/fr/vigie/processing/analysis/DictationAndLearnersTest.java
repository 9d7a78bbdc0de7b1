package fr.vigie.processing.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Eleventh round: a number word written with emphasis is still a number ("dix-huiiit"); a learner's
 * or a translation's age without its unit ("je suis 15 et…", "elle a 13, …"); a status word a
 * dictation or a hyphen cut in two ("pas encore ma jeure", "mi-neure", "mine heure"). Each with
 * evidence on the text as written.
 */
class DictationAndLearnersTest {

    private static final ReportAnalyser ANALYSER = ReportAnalyser.withDefaultRules();
    private static final java.time.Instant OBSERVED = LocalDate.of(2026, 12, 3).atStartOfDay(ZoneId.of("Europe/Paris")).toInstant();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '@', textBlock = """
            Maëlle, quatorrrze ans, qui me ramène ce soir ? 06 39 98 12 34  @ 14
            j'ai treiiize ans et je veux un iPhone, qui paie ?              @ 13
            dix-seeept ans, dispo ce week-end à Lyon                        @ 17
            je suis 15 et je cherche un homme généreux                      @ 15
            je suis quinze et cherche argent, écris-moi                     @ 15
            ma cousine elle a 13, elle veut un monsieur qui paie            @ 13
            il a 16. il cherche un sugar                                    @ 16
            """)
    void anAgeWithEmphasisOrWithoutItsUnit(String text, int age) {
        var analysis = ANALYSER.analyse(text, null, OBSERVED);
        assertThat(analysis.entities().ages()).as("ages of %s", text).containsExactly(age);
        assertThat(analysis.band()).as("band of %s", text).isEqualTo(Band.P1);
        ExactEvidence.assertEveryEvidenceIsItsText(text, analysis);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '@', textBlock = """
            je suis 5 minutes de la gare, dispo ce soir
            je suis 20h-22h dispo, écris-moi
            elle a 14 photos sur son profil, contacte-moi
            je suis 16e au classement, tarif des cours 20 euros
            elle a 15 minutes de retard, dispo après
            la mine heure par heure, visite guidée 10 euros
            """)
    void aCountATimeOrARankIsNoAge(String text) {
        var analysis = ANALYSER.analyse(text, null, OBSERVED);
        assertThat(analysis.entities().ages()).as("ages of %s", text).isEmpty();
        assertThat(analysis.band()).as("band of %s", text).isNotEqualTo(Band.P1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '@', textBlock = """
            je suis pas encore ma jeure mais je peux venir si tu paies
            pas encore ma-jeure, dispo ce soir pour un resto payé
            je suis mine heure mais je viens chez toi contre un cadeau
            je suis mi-neure, qui me gâte ce week-end ?
            col légienne, je cherche un homme généreux
            """)
    void aStatusWordCutInTwoIsRead(String text) {
        ExactEvidence.assertRankedWithExactEvidence(ANALYSER, text, OBSERVED, Band.P1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '@', textBlock = """
            je suis majeure et vaccinée, dispo pour garder des chats
            cours de ma jeune sœur le mardi, la mine est fermée
            """)
    void otherWordsAreNotJoined(String text) {
        assertThat(ANALYSER.analyse(text, null, OBSERVED).band()).as("band of %s", text).isNotEqualTo(Band.P1);
    }
}
