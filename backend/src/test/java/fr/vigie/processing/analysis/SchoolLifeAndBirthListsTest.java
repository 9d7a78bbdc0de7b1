package fr.vigie.processing.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Rules {@code default-23}: school life in everyday words ("sortie collège", "j'ai colle", "bus scolaire", "carte de
 * cantine", "première année de lycée") and their look-alikes; several birth years after one "nées", a year cut in two
 * ("née en 20 10"). Our own wordings, never corpus texts.
 */
class SchoolLifeAndBirthListsTest {

    private static final ReportAnalyser ANALYSER = ReportAnalyser.withDefaultRules();
    private static final java.time.Instant OBSERVED = LocalDate.of(2026, 12, 6).atStartOfDay(ZoneId.of("Europe/Paris")).toInstant();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "sortie lycée à 17h, après je suis dispo pour un homme qui paie",
            "j'ai colle samedi matin, dispo l'après-midi contre un cadeau",
            "je descends du car scolaire à 16h50, rdv discret contre de l'argent",
            "plus rien sur ma carte de cantine, qui veut me gâter ?",
            "dernière année de lycée, je cherche un daddy pour mes sorties"})
    void schoolLifeOfTheOneOfferedIsP1(String text) {
        var analysis = ANALYSER.analyse(text, null, OBSERVED);
        assertThat(analysis.band()).as(analysis.signals().toString()).isEqualTo(Band.P1);
        ExactEvidence.assertEveryEvidenceIsItsText(text, analysis);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Offre d'emploi : conducteur de car scolaire, permis D exigé",
            "Le collège cherche un agent pour la carte de cantine, contrat de 24 h",
            "Souvenirs de ma dernière année de lycée, la promo 2001 se retrouve samedi",
            "Colle à bois extra forte, 8 € le pot, à retirer en magasin"})
    void theirLookAlikesAreNot(String text) {
        var analysis = ANALYSER.analyse(text, null, OBSERVED);
        assertThat(analysis.band()).as(analysis.signals().toString()).isNotEqualTo(Band.P1);
    }

    @org.junit.jupiter.api.Test
    void everyYearAfterOneBornIsABirthYear() {
        var text = "ma cousine et moi, nées en 2010 et 2011, dispo ce soir pour des messieurs généreux";
        var analysis = ANALYSER.analyse(text, null, OBSERVED);
        assertThat(analysis.entities().birthYears()).containsExactly(2010, 2011);
        assertThat(analysis.band()).isEqualTo(Band.P1);
        ExactEvidence.assertMentionsAreTheirText(text, analysis.entities().mentions());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"née en 20 09, je reçois ce soir contre cadeaux", "nés en 2009, on se déplace contre de l'argent"})
    void aYearCutInTwoOrAfterAPluralBornIsRead(String text) {
        var analysis = ANALYSER.analyse(text, null, OBSERVED);
        assertThat(analysis.entities().birthYears()).containsExactly(2009);
        assertThat(analysis.band()).isEqualTo(Band.P1);
    }

    @org.junit.jupiter.api.Test
    void aYearCutInTwoNeedsABirth() {
        var analysis = ANALYSER.analyse("Livraison en 20 10 jours ouvrés, retour possible", null, OBSERVED);
        assertThat(analysis.entities().birthYears()).isEmpty();
    }
}
