package fr.vigie.processing.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Rules {@code default-27}: a character's age in fiction (genre {@code FICTION_GENRE}, two cues at least), a role's age
 * ({@code ROLE_PLAYED}: "incarner une collégienne de 14 ans") and a camp's ages ({@code AUDIENCE}: "un séjour 13-16
 * ans") are nobody offered; money, a meeting or a first-person offer still make P1. Our own wordings, never corpus texts.
 */
class FictionAndRolesTest {

    private static final ReportAnalyser ANALYSER = ReportAnalyser.withDefaultRules();
    private static final java.time.Instant OBSERVED = LocalDate.of(2026, 12, 6).atStartOfDay(ZoneId.of("Europe/Paris")).toInstant();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Roman jeunesse : Nora, 15 ans, part à la recherche de son frère ; un récit plein d'humour",
            "Fiche personnage pour notre forum : Sacha, 16 ans, en seconde, fan de skate",
            "Pièce de théâtre amateur : nous cherchons une comédienne pour le rôle d'une lycéenne de 17 ans",
            "Colonie de vacances : séjour 12-15 ans au bord du lac, inscriptions ouvertes, 06 39 98 52 52"})
    void aCharacterARoleOrACampIsNoOneOffered(String text) {
        var analysis = ANALYSER.analyse(text, null, OBSERVED);
        assertThat(analysis.band()).isNotEqualTo(Band.P1);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Casting pour un film : jeunes filles de 15-16 ans, rendez-vous à l'hôtel, cachet 200 €",
            "comme l'héroïne de ma série préférée, j'ai 15 ans et je cherche un homme généreux",
            "on fait du RP mais en vrai j'ai 14 ans, tu paies le taxi et on se voit"})
    void moneyAMeetingOrAFirstPersonOfferStayP1(String text) {
        var analysis = ANALYSER.analyse(text, null, OBSERVED);
        assertThat(analysis.band()).isEqualTo(Band.P1);
        ExactEvidence.assertEveryEvidenceIsItsText(text, analysis);
    }
}
