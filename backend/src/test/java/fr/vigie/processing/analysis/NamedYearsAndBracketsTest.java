package fr.vigie.processing.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A name, then its year or its age set apart ("Jade (2009)", "Chloé (08)", "Inès, 2k9,", "Lina (16) et Maëlle (17)",
 * "moi (15 et 16)"): {@link BirthYearExtractor}, {@link AgeExtractor}. Our own wordings, never corpus texts.
 */
class NamedYearsAndBracketsTest {

    private static final ReportAnalyser ANALYSER = ReportAnalyser.withDefaultRules();
    private static final java.time.Instant OBSERVED = LocalDate.of(2026, 12, 6).atStartOfDay(ZoneId.of("Europe/Paris")).toInstant();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '@', textBlock = """
            Maya (2010), dispo pour un généreux        @ 2010
            Zoé (09) cherche un daddy pour ce week-end  @ 2009
            Lou, 2k8, nouvelle ici, écris-moi          @ 2008
            """)
    void aNamesYearSetApartIsABirthYear(String text, int year) {
        var analysis = ANALYSER.analyse(text, null, OBSERVED);
        assertThat(analysis.entities().birthYears()).contains(year);
        assertThat(analysis.band()).isEqualTo(Band.P1);
        ExactEvidence.assertEveryEvidenceIsItsText(text, analysis);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '@', textBlock = """
            Nina (15) et Sara (16) dispo ensemble contre cadeaux           @ 15 @ 16
            moi et ma copine (16 et 17), on cherche des hommes généreux     @ 16 @ 17
            """)
    void agesInBracketsAfterAPersonAreTheirs(String text, int one, int other) {
        var analysis = ANALYSER.analyse(text, null, OBSERVED);
        assertThat(analysis.entities().ages()).containsAll(List.of(one, other));
        assertThat(analysis.band()).isEqualTo(Band.P1);
        ExactEvidence.assertEveryEvidenceIsItsText(text, analysis);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Megane (2011), 140 000 km, révisée, 3 200 €", "Pots de confiture (12 et 14 cl), 3 € pièce",
            "Lyon (2010), souvenirs de vacances en famille"})
    void aCarAJarOrACityStayLow(String text) {
        var analysis = ANALYSER.analyse(text, null, OBSERVED);
        assertThat(analysis.band()).isNotEqualTo(Band.P1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '@', textBlock = """
            Maïa ♑ 20.11.10 ♑ Lille | dispo pour des rdv payés      @ 2010
            Maïa 03.04.2009, dispo ce soir pour un généreux          @ 2009
            """)
    void aProfilesNameThenItsDateOfBirthIsABirthDate(String text, int year) {
        var analysis = ANALYSER.analyse(text, null, OBSERVED);
        assertThat(analysis.entities().birthYears()).containsExactly(year);
        assertThat(analysis.band()).isEqualTo(Band.P1);
        ExactEvidence.assertEveryEvidenceIsItsText(text, analysis);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Soirée Noël 24.12.26 au bar du port", "Baptême Léon 12.06.2021, merci à tous"})
    void aRecentOrComingDateAfterANameIsNoBirth(String text) {
        assertThat(ANALYSER.analyse(text, null, OBSERVED).entities().birthYears()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"15_ans, dispo ce soir pour un homme qui paie"})
    void anAgeJoinedToItsUnitByAnUnderscoreIsRead(String text) {
        assertThat(ANALYSER.analyse(text, null, OBSERVED).entities().ages()).containsExactly(15);
    }
}
