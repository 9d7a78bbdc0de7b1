package fr.vigie.processing.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The one date reader behind every birth label, over the forms a label may take and the forms a
 * date may take (written before the reader was widened: genealogy's °, a place between label and
 * date, month.year in one token, "2k9").
 */
class BirthDateFormsTest {

    private static final ReportAnalyser ANALYSER = ReportAnalyser.withDefaultRules();
    private static final java.time.Instant OBSERVED = LocalDate.of(2026, 12, 3).atStartOfDay(ZoneId.of("Europe/Paris")).toInstant();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Sarah, née le 12/03/2010, dispo ce soir                                 | 2010
            Sarah, DDN 03/2010, dispo ce soir                                       | 2010
            Sarah, DN : 03.2010, dispo ce soir                                      | 2010
            Sarah, née le 03.2010, dispo ce soir                                    | 2010
            Sarah ° 12/03/2010, dispo ce soir                                       | 2010
            Sarah, ° le 12 mars 2010, dispo ce soir                                 | 2010
            née en 2k9, dispo ce soir                                               | 2009
            une 2k9 dispo ce soir                                                   | 2009
            née à Saint-Étienne-du-Rouvray le 12 mars 2010, dispo ce soir           | 2010
            née à La Roche-sur-Yon le 12/03/2010, dispo ce soir                     | 2010
            """)
    void everyLabelFormReadsTheDate(String text, int year) {
        assertThat(ANALYSER.analyse(text, null, OBSERVED).entities().birthYears()).containsExactly(year);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            il fait 25° 12/03/2010 au soir
            dossier n° 12/03/2010
            prix 3.2010 euros
            née pour plaire, appelle le soir, les 2010 meilleurs clients
            """)
    void otherNumbersAreNoBirthDate(String text) {
        assertThat(ANALYSER.analyse(text, null, OBSERVED).entities().birthYears()).isEmpty();
    }
}
