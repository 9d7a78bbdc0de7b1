package fr.vigie.processing.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Decisive words read through typos (by sound, one keyboard slip, a unit after a number), never common words. */
class TolerantWordsTest {

    private static final VigieFrenchAnalyzer ANALYZER = new VigieFrenchAnalyzer();
    private static final RuleSet RULES = RuleSet.defaults();
    private static final Respelling RESPELLING = new Respelling(RULES.spellings(), RULES.phrases(),
            new TolerantWords(RULES.tolerant(), ANALYZER), ANALYZER);

    private static String respelled(String text) {
        return String.join(" ", RESPELLING.apply(ANALYZER.analyse(text), text).stream().map(Token::word).toList());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            j ai 16 asn                     | j ai 16 ans
            15 ams et dispo                 | 15 ans et dispo
            17 anz                          | 17 ans
            colégienne dispo                | collegienne dispo
            une lisséenne                   | une lyceenne
            je suis disponnible             | je suis disponible
            dipsonible ce soir              | disponible ce soir
            en terminalle                   | en terminale
            pas encor majeur                | pas encore majeur
            en quatrieme                    | en quatrieme
            mineurre                        | mineure
            Ӏycéenne dispo                  | lyceenne dispo
            ӏycéenne dispo                  | lyceenne dispo
            """)
    void typosOfDecisiveWordsAreReadAsTheWord(String text, String expected) {
        assertThat(respelled(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            soin minceur                    | soin minceur
            ils lisent                      | ils lisent
            mon collègue                    | mon collegue
            la cour du lycée                | la cour du lycee
            le 15 avril                     | le 15 avril
            16 ana                          | 16 ana
            disposer                        | disposer
            colline                         | colline
            les majors                      | les majors
            mes parrains                    | mes parrains
            l office des mineurs            | l office des mineurs
            une brève                       | une breve
            """)
    void otherWordsStayAsWritten(String text, String expected) {
        assertThat(respelled(text)).isEqualTo(expected);
    }
}
