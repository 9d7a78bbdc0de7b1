package fr.vigie.processing.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A hashtag is words written without spaces: split on the engine's vocabulary, numbers and common words; so are long words glued in prose. */
class HashtagWordsTest {

    private static final VigieFrenchAnalyzer ANALYZER = new VigieFrenchAnalyzer();
    private static final RuleSet RULES = RuleSet.defaults();
    private static final Respelling RESPELLING = new Respelling(RULES.spellings(), RULES.phrases(),
            new TolerantWords(RULES.tolerant(), ANALYZER), ANALYZER);
    private static final ReportAnalyser ANALYSER = ReportAnalyser.withDefaultRules();

    private static String respelled(String text) {
        return String.join(" ", RESPELLING.apply(ANALYZER.analyse(text), text).stream().map(Token::word).toList());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            #seizeans #dispo                | seize ans dispo
            #PasEncoreMajeure               | pas encore majeure
            #jeunefille #lille              | jeune fille lille
            #enterminale                    | en terminale
            jeunefille                      | jeunefille
            #bordeaux                       | bordeaux
            #fordescort                     | fordescort
            #passage                        | passage
            """)
    void hashtagsAreReadAsTheirWords(String text, String expected) {
        assertThat(respelled(text)).isEqualTo(expected);
    }

    /** Long words glued in prose split the same way when every piece is known; French's own long words stay whole. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            jsuispasencoremajeure mais dispo   | je suis pas encore majeure mais dispo
            petitecollegienne dispo            | petite collegienne dispo
            jeredoublemaseconde                | je redouble ma seconde
            adolescents                        | adolescents
            mademoiselle intérimaires          | mademoiselle interimaires
            magasinage confortable             | magasinage confortable
            anticonstitutionnellement          | anticonstitutionnellement
            jeuneeette                         | jeunette
            """)
    void wordsGluedInProseAreSplit(String text, String expected) {
        assertThat(respelled(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Nouvelle story #seizeans #bordeaux #dispo      | P1
            #pasencoremajeure #sugar #dm                   | P1
            Recette du jour #fraisestagada #gouter          | P4
            """)
    void aHashtagCanCarryTheBand(String text, Band band) {
        var observed = LocalDate.of(2026, 12, 3).atStartOfDay(ZoneId.of("Europe/Paris")).toInstant();
        assertThat(ANALYSER.analyse(text, null, observed).band()).isEqualTo(band);
    }
}
