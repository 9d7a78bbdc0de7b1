package fr.vigie.processing.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Rules {@code default-39}: ages at the boundary, seen on 27 November 2026 — a birthday on a named day to come
 * ("18 ans à Noël", "18 ans le 10 janvier": 17 now) or long past ("18 ans le 2 novembre": 18), a bare number since or
 * until a day ("Moi 18 depuis hier", "elle 17 jusqu'au 30"), majority since a day, an age and a sex letter after the
 * word that presents someone ("moi 20/h", "chui 16 f vers Tours"), a zodiac sign's date of birth; and what stays low:
 * a bus line since yesterday, audiences of adults' evenings, a TV programme about runaways. Our own wordings.
 */
class AgesAtTheBoundaryTest {

    private static final ReportAnalyser ANALYSER = ReportAnalyser.withDefaultRules();
    private static final java.time.Instant OBSERVED = LocalDate.of(2026, 11, 27).atStartOfDay(ZoneId.of("Europe/Paris")).toInstant();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '@', textBlock = """
            18 ans à Noël, je cherche un homme généreux en attendant, Arras                      @ 17
            18 ans pour le nouvel an et dispo dès ce soir pour un monsieur généreux             @ 17
            18 ans le 10 janvier, dispo maintenant pour des rencontres payées                   @ 17
            18 ans le 1er février, je reçois à Laval                                           @ 17
            18 ans le 2 novembre, nouvelle sur Metz, je reçois                                  @ 18
            j'ai eu 18 ans le 3 janvier, je reçois à Pau                                       @ 18
            j'ai 17 ans, 18 dans trois semaines, dispo ce soir                                  @ 17
            Moi 18 depuis hier, ma pote 17 jusqu'au 20, on se déplace ensemble                 @ 18,17
            ouais 19 depuis lundi, nouvelle ici, mp                                            @ 19
            elle 16 jusqu'à samedi, on attend vos offres                                        @ 16
            majeure depuis hier, je reçois à Vannes                                             @ 18
            majeur depuis le 14, dispo à Lorient                                                @ 18
            moi 20/h, ma copine 16/f, on cherche un homme généreux pour nous deux               @ 20,16
            chui 16 f vers Tours, ki me paye un forfait                                         @ 16
            """)
    void theAgeNowIsRead(String text, String ages) {
        var analysis = ANALYSER.analyse(text, null, OBSERVED);
        assertThat(analysis.entities().ages())
                .containsExactlyElementsOf(java.util.Arrays.stream(ages.split(",")).map(Integer::valueOf).toList());
        ExactEvidence.assertEveryEvidenceIsItsText(text, analysis);
    }

    /** Born 3 October 2009 is 17 on 27 November 2026: the sign's day and the year make a whole date, not December's youngest. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Balance du 3 octobre, année 2009 — Maëlle, je cherche un plan généreux sur Dijon",
        "Balance du 3 octobre, année 2OO9 — Maëlle, je cherche un plan généreux sur Dijon"})
    void aZodiacSignsDayAndAYearAreADateOfBirth(String text) {
        var analysis = ANALYSER.analyse(text, null, OBSERVED);
        assertThat(analysis.entities().birthYears()).containsExactly(2009);
        assertThat(analysis.band()).isEqualTo(Band.P1);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "18 ans à Noël, en attendant je cherche un homme généreux, snap exemple_lena_lens",
        "Moi 18 depuis hier, ma pote 17 jusqu'au 20, on se déplace ensemble sur Amiens",
        "jsuis 15 f sur nantes, ki m'aide pr mon forfait contre un rdv",
        "@exemple_jade_59 dispo pour des soirées, 16 ans mais mature",
        "Je suis professeur principal d'une classe de 5e. Une élève raconte qu'un homme lui donne de l'argent et garde son téléphone."})
    void aMinorAtTheBoundaryIsP1(String text) {
        assertThat(ANALYSER.analyse(text, null, OBSERVED).band()).isEqualTo(Band.P1);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Bus 18 depuis hier dévié par la rue Victor-Hugo, arrêt Gare supprimé jusqu'au 15",
        "Soirée 18-30 ans au bowling de Laval vendredi, entrée 8 €, inscription en ligne",
        "Atelier cuisine pour les 18-25 ans au centre social, gratuit, le mercredi soir",
        "Idée de cadeau pour ma nièce qui aura 16 ans en janvier ? Pas trop cher, elle adore dessiner",
        "Émission ce soir sur France 2 sur les mineures placées en foyer qui fuguent, à voir en replay",
        "Notre hôtel accueille des élèves de 3e en stage d'observation en février, contactez la réception",
        "Notre agence gère le planning de ses aides à domicile, appelez le standard au 06 39 98 95 10",
        "Stage de foot pour des 12-14 ans pendant les vacances, inscription au club"})
    void lookAlikesStayLow(String text) {
        assertThat(ANALYSER.analyse(text, null, OBSERVED).band()).isIn(Band.P3, Band.P4);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '@', textBlock = """
            Mon fils de 13 ans reçoit des messages de exemple_max_money qui lui propose 30 euros @ exemple_max_money
            Ma fille a été contactée par exemple_tom_cash sur un jeu en ligne                    @ exemple_tom_cash
            """)
    void theSenderOfMessagesIsAHandle(String text, String handle) {
        assertThat(ANALYSER.analyse(text, null, OBSERVED).entities().handles()).containsExactly(handle);
    }
}
