package fr.vigie.processing.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** SMS and by-ear spellings read as the words they stand for, with the shipped rules' vocabulary and spellings. */
class RespellingTest {

    private static final VigieFrenchAnalyzer ANALYZER = new VigieFrenchAnalyzer();
    private static final RuleSet RULES = RuleSet.defaults();
    private static final Respelling RESPELLING = new Respelling(RULES.spellings(), RULES.phrases(), ANALYZER);

    private static String respelled(String text) {
        var tokens = RESPELLING.apply(ANALYZER.analyse(text), text);
        for (var token : tokens) {
            assertThat(token.end()).as("offsets stay the original token's").isLessThanOrEqualTo(text.length());
        }
        return String.join(" ", tokens.stream().map(Token::word).toList());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            pa encor majeure                | pas encore majeure
            c moi ki repon pr elle          | est moi qui reponds pour elle
            jserai majeure                  | je serai majeure
            jm déplace                      | je me deplace
            jfais des rdv                   | je fais des rdv
            ds 2 mois                       | dans 2 mois
            dem1 soir                       | demain soir
            mineuuure                       | mineure
            une Iycéenne                    | une lyceenne
            un jeune hornme                 | un jeune homme
            j'ai l6 ans                     | ai 16 ans
            née en 2Ol0                     | nee en 2010
            👧🏻 16 🎂 Nantes 💸             | fille 16 ans nantes argent
            dispo c soir                    | dispo ce soir
            libre c week-end                | libre ce week end
            c moi, dispo                    | est moi dispo
            """)
    void spellingsAreReadAsTheWordsTheyStandFor(String text, String expected) {
        assertThat(respelled(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            18 ans et demi                  | 18 ans et demi
            arrivée en premier              | arrivee en premier
            avec mon ami                    | avec mon ami
            la cour du lycée                | la cour du lycee
            encor                           | encor
            jh 25 ans                       | jh 25 ans
            j'ai 16 ans                     | ai 16 ans
            la 4G et la b12                 | la 4g et la b12
            Corse 2B                        | corse 2b
            en tournée                      | en tournee
            """)
    void wordsStayAsTheyAre(String text, String expected) {
        assertThat(respelled(text)).isEqualTo(expected);
    }

    /** Map.copyOf's iteration order changes from one JVM start to the next: readings must not follow it. */
    @Test
    void twoSpellingsThatFoldToOneWordReadTheSameInEitherOrder() {
        for (var order : List.of(List.of("aprem", "aprèm"), List.of("aprèm", "aprem"))) {
            var spellings = new LinkedHashMap<String, String>();
            order.forEach(variant -> spellings.put(variant, "après-midi"));
            var respelling = new Respelling(spellings, List.of("apres midi"), ANALYZER);
            String text = "dispo demain aprem";
            assertThat(String.join(" ", respelling.apply(ANALYZER.analyse(text), text).stream().map(Token::word).toList()))
                    .as("order %s", order).isEqualTo("dispo demain apres midi");
        }
    }

    @Test
    void theRuleSetKeepsTheOrderItsMapsAreWrittenIn() {
        var shipped = RuleSet.defaults();
        var reversed = new LinkedHashMap<String, String>();
        var keys = List.copyOf(shipped.spellings().keySet());
        for (int k = keys.size() - 1; k >= 0; k--) {
            reversed.put(keys.get(k), shipped.spellings().get(keys.get(k)));
        }
        var copy = new RuleSet(shipped.version(), reversed, shipped.contexts(), shipped.rules(), shipped.bands(),
                shipped.tolerant(), shipped.words());
        assertThat(List.copyOf(copy.spellings().keySet())).containsExactlyElementsOf(List.copyOf(reversed.keySet()));
        assertThat(copy.spellings()).isEqualTo(Map.copyOf(reversed));
    }
}
