package fr.vigie.processing.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Rules {@code default-46}: emoji that stand for words in bios and stories seen on 27 November 2026 — the 18+ sign said
 * of oneself ("pas encore 🔞", "bientôt 🔞", spelled "majeure" by the rules), a cake before a number with no unit
 * ("🎂 17"); and what stays low: "🔞" said of content, a cake before an age with its own unit said of an animal. Our own
 * wordings.
 */
class EmojiAsWordsTest {

    private static final ReportAnalyser ANALYSER = ReportAnalyser.withDefaultRules();
    private static final java.time.Instant OBSERVED = LocalDate.of(2026, 11, 27).atStartOfDay(ZoneId.of("Europe/Paris")).toInstant();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"pas encore 🔞 mais dispo pour des rdv 💸 📍 Brest", "bientôt 🔞 | 📍 Lille | 💸 dm",
        "🎂 16 | 📍 Rouen | 💸 écris-moi en privé"})
    void aMinorSaidWithEmojiIsP1(String text) {
        var analysis = ANALYSER.analyse(text, null, OBSERVED);
        assertThat(analysis.band()).isEqualTo(Band.P1);
        ExactEvidence.assertEveryEvidenceIsItsText(text, analysis);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '@', textBlock = """
            🎂 17 | 📍 Rennes | 💸 écris-moi          @ 17
            bientôt 🔞 (en février 🎂) 📍 Dijon 💸 dm @ 17
            """)
    void theAgeIsRead(String text, int age) {
        assertThat(ANALYSER.analyse(text, null, OBSERVED).entities().ages()).containsExactly(age);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"contenu 🔞 sur mon lien, 26 ans, créatrice, pas de rencontre",
        "🐴 Caramel, né en 2010 🎂 16 ans et toujours aussi gourmand 🥕 #centreequestre"})
    void lookAlikesStayBelowP1(String text) {
        assertThat(ANALYSER.analyse(text, null, OBSERVED).band()).isNotEqualTo(Band.P1);
    }

    /**
     * Rules {@code default-48}: a "pas" after "mineure" negates what follows it ("mineure donc pas de photo"), not the
     * word; after it only words that refuse minors negate ("mineures pas acceptées", "mineures s'abstenir").
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"jsuis mineure donc pas de photo ici 🙈 mais pour 💸 on s'arrange en privé",
        "je suis mineure alors pas de visage mais pour un billet on se voit"})
    void aNegationAfterTheWordNegatesSomethingElse(String text) {
        assertThat(ANALYSER.analyse(text, null, OBSERVED).band()).isEqualTo(Band.P1);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Soirée au Bar du Port, mineures pas acceptées, pièce d'identité demandée",
        "Annonce réservée aux majeures, mineures s'abstenir"})
    void wordsRefusingMinorsNegate(String text) {
        assertThat(ANALYSER.analyse(text, null, OBSERVED).band()).isNotEqualTo(Band.P1);
    }

    /** Letters set apart by a symbol or an emoji are joined as letters set apart by marks are. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '@', textBlock = """
            jsuis m✨i✨n✨e✨u✨r✨e donc @ jsuis mineure donc
            l 💕 y 💕 c 💕 é 💕 e 💕 n 💕 n 💕 e @ lycéenne
            ✨ S ✨ O ✨ L ✨ D ✨ E ✨ S ✨ @ ✨ SOLDES ✨
            """)
    void lettersSetApartBySymbolsAreJoined(String text, String normalised) {
        assertThat(NormalisedText.of(text).text()).isEqualTo(normalised);
    }
}
