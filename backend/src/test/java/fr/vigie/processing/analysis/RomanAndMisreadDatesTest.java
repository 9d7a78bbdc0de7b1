package fr.vigie.processing.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Roman numerals before an age unit, and birth dates with O for 0 the word breaker kept whole. */
class RomanAndMisreadDatesTest {

    private static final ReportAnalyser ANALYSER = ReportAnalyser.withDefaultRules();
    private static final java.time.Instant OBSERVED = LocalDate.of(2026, 12, 3).atStartOfDay(ZoneId.of("Europe/Paris")).toInstant();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '@', textBlock = """
            Salut c'est Zoé, XV ans, dispo ce soir pour un généreux      @ 15
            xvii ans, rdv discret contre cadeaux                         @ 17
            Inès, XIV ans, qui veut me gâter ?                          @ 14
            """)
    void aRomanAgeBeforeItsUnitIsAnAge(String text, int age) {
        var analysis = ANALYSER.analyse(text, null, OBSERVED);
        assertThat(analysis.entities().ages()).containsExactly(age);
        assertThat(analysis.band()).isEqualTo(Band.P1);
        ExactEvidence.assertMentionsAreTheirText(text, analysis.entities().mentions());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '@', textBlock = """
            DDN 14.O6.2O10, dispo ce soir                                @ 2010
            née le 3/O2/2O11, je cherche un généreux                     @ 2011
            née en O9, rdv discret                                       @ 2009
            DDN O1-O4-2O10 qui veut me gâter ?                           @ 2010
            DN 21.O3.2O11, qui veut me gâter ?                           @ 2011
            """)
    void aBirthDateWithOForZeroIsRead(String text, int year) {
        var analysis = ANALYSER.analyse(text, null, OBSERVED);
        assertThat(analysis.entities().birthYears()).containsExactly(year);
        assertThat(analysis.band()).isEqualTo(Band.P1);
        ExactEvidence.assertMentionsAreTheirText(text, analysis.entities().mentions());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '@', textBlock = """
            Louis XVI et Marie-Antoinette, visite guidée dispo ce soir
            le XIXe siècle en 10 tableaux, dispo à la médiathèque
            Réf. 12.O5.2O10, article dispo en boutique
            """)
    void otherRomanNumbersAndReferencesAreNoAge(String text) {
        var analysis = ANALYSER.analyse(text, null, OBSERVED);
        assertThat(analysis.entities().ages()).isEmpty();
        assertThat(analysis.entities().birthYears()).isEmpty();
    }

}
