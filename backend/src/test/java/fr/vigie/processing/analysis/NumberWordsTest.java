package fr.vigie.processing.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.ibm.icu.text.RuleBasedNumberFormat;

/**
 * The number-word grammar against ICU's French spell-out rules: every number from 0 to 2100, as
 * ICU writes it out ("vingt-et-un", "quatre-vingts", "deux mille dix"), and again without its
 * hyphens and accents as ads write it, reads back as that number, every word consumed.
 */
class NumberWordsTest {

    private static final VigieFrenchAnalyzer ANALYZER = new VigieFrenchAnalyzer();

    @Test
    void readsEveryNumberIcuSpellsOutUpTo2100() {
        var icu = new RuleBasedNumberFormat(Locale.FRENCH, RuleBasedNumberFormat.SPELLOUT);
        for (int n = 0; n <= 2100; n++) {
            String spelled = icu.format(n);
            for (String written : new String[] {spelled, spelled.replace('-', ' '),
                spelled.toUpperCase(Locale.FRENCH)}) {
                var tokens = ANALYZER.analyse(written);
                var reading = NumberWords.read(tokens, 0);
                assertThat(reading).as("%d written \"%s\"", n, written).isNotNull();
                assertThat(reading.value()).as("%d written \"%s\"", n, written).isEqualTo(n);
                assertThat(reading.tokens()).as("words of \"%s\" read", written).isEqualTo(tokens.size());
            }
        }
    }

    /**
     * "il a quatre-vingts ans" once failed the whole analysis: "vingts" is a number word that starts no number, and a
     * reader trusted that a number word always reads. Every word of every number ICU spells out, alone and in an ad,
     * and every number word alone, is analysed.
     */
    @Test
    void everyNumberWordAnywhereInAReportIsAnalysed() {
        var analyser = ReportAnalyser.withDefaultRules();
        var icu = new RuleBasedNumberFormat(Locale.FRENCH, RuleBasedNumberFormat.SPELLOUT);
        var texts = new java.util.ArrayList<String>();
        NumberWords.WORDS.forEach(word -> texts.add(word + " ans, dispo"));
        for (int n = 0; n <= 2100; n += 1) {
            String spelled = icu.format(n);
            texts.add("Léa, " + spelled + " ans, dispo ce soir, appelle le zéro six, " + spelled + ", onze");
            for (String word : spelled.split("[- ]")) {
                texts.add(word);
            }
        }
        for (String text : texts) {
            assertThat(analyser.analyse(text, null, null)).as("\"%s\" analysed", text).isNotNull();
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            dix-neuf cent quatre-vingt-dix-neuf | 1999 | 7
            vingt et un ans                     | 21   | 3
            soixante et onze                    | 71   | 3
            vingt et trente                     | 20   | 1
            un mille                            | 1    | 1
            zéro six                            | 0    | 1
            sixteen years old                   | 16   | 1
            twenty-eight                        | 28   | 2
            deux mille sept, nouvelle           | 2007 | 3
            deux milles neuf                    | 2009 | 3
            nonante-huit                        | 98   | 2
            septante et un                      | 71   | 3
            huitante-deux                       | 82   | 2
            mille neuf cent nonante-neuf        | 1999 | 5
            """)
    void readsTheLongestNumberAndStops(String text, int value, int words) {
        var reading = NumberWords.read(ANALYZER.analyse(text), 0);
        assertThat(reading.value()).isEqualTo(value);
        assertThat(reading.tokens()).isEqualTo(words);
    }
}
