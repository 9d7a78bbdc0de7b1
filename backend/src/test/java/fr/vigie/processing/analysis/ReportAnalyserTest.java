package fr.vigie.processing.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ReportAnalyserTest {

    private static final Instant OBSERVED = Instant.parse("2026-11-27T21:14:00Z");
    private static final ReportAnalyser ANALYSER = ReportAnalyser.withDefaultRules();

    static List<List<String>> twins() {
        return List.of(
                List.of("Léa 16 ans dispo ce soir", "Léa 16ans dispo ce soir", "Léa 1 6 ans dispo ce soir",
                        "Léa seize ans dispo ce soir", "Léa 1\uFE0F\u20E36\uFE0F\u20E3 ans dispo ce soir",
                        "Léa 1\u200B6 ans dispo ce soir", "LÉA 16 ANS DISPO CE SOIR", "Léa \uFF11\uFF16 ans dispo ce soir"),
                List.of("je suis mineure", "je suis m1neure", "je suis min\u200Beure", "je suis m i n e u r e",
                        "je suis m.i.n.e.u.r.e", "je suis MINEURE", "je suis mineuuure", "je suis m\u0456n\u0435ur\u0435",
                        "je suis m\u0332i\u0332n\u0332e\u0332u\u0332r\u0332e\u0332"),
                List.of("Lycéenne dispo", "lyceenne dispo", "lycé3nne dispo", "l y c é e n n e dispo", "lycééénne dispo"),
                List.of("18 ans dans deux mois, dispo pour des rdv", "18 ans ds 2 mois, dispo pr des rdv"),
                List.of("18 ans tout juste, hôtel", "1 8 ans tout juste, hôtel", "dix-huit ans tout juste, hôtel"));
    }

    @ParameterizedTest
    @MethodSource("twins")
    void obfuscationDoesNotChangeTheBand(List<String> twins) {
        var plain = ANALYSER.analyse(twins.getFirst(), null, OBSERVED);
        for (String twin : twins) {
            var disguised = ANALYSER.analyse(twin, null, OBSERVED);
            assertThat(disguised.band()).as(twin).isEqualTo(plain.band());
            assertThat(disguised.signals()).extracting(FiredSignal::code).as(twin)
                    .containsExactlyElementsOf(plain.signals().stream().map(FiredSignal::code).toList());
        }
    }

    @Test
    void evidenceIsTheOriginalWords() {
        String text = "Coucou ! J'ai 1 6 ans, dispo ce soir";
        var analysis = ANALYSER.analyse(text, "LOW", OBSERVED);
        assertThat(analysis.band()).isEqualTo(Band.P1);
        var age = analysis.signals().stream().filter(s -> s.code().equals("STATED_MINOR_AGE")).findFirst().orElseThrow();
        assertThat(age.evidence()).singleElement().satisfies(e -> {
            assertThat(e.text()).isEqualTo("1 6 ans");
            assertThat(text.substring(e.start(), e.end())).isEqualTo("1 6 ans");
        });
        assertThat(analysis.score()).isGreaterThan(age.weight()); // imminent availability adds to it
    }

    @Test
    void entitiesInTheShapeOfTheWorkbenchApi() {
        String text = "Nouvelle dans le 69, 17 ans, appelle O6 00 00 00 01 ou snap: exemple_fictif, insta @autre.exemple, en 3e";
        var entities = ANALYSER.analyse(text, null, OBSERVED).entities();
        assertThat(entities.phones()).containsExactly("+33600000001");
        assertThat(entities.handles()).containsExactlyInAnyOrder("exemple_fictif", "autre.exemple");
        assertThat(entities.ages()).containsExactly(17);
        assertThat(entities.places()).containsExactly("69");
        assertThat(entities.schoolLevels()).containsExactly("3e");
        ExactEvidence.assertMentionsAreTheirText(text, entities.mentions());
    }

    @Test
    void sameNormalisedTextSameFingerprint() {
        String fingerprint = ANALYSER.analyse("Jolie lycéenne, dispo ce soir", null, OBSERVED).fingerprint();
        assertThat(fingerprint).hasSize(64).matches("[0-9a-f]+");
        for (String variant : List.of("jolie   LYCEENNE dispo ce soir", "Jolie lycé\u200Benne, dispo  ce soir !",
                "J o l i e lycéenne, dispo ce soir")) {
            assertThat(ANALYSER.analyse(variant, null, OBSERVED).fingerprint()).as(variant).isEqualTo(fingerprint);
        }
        assertThat(ANALYSER.analyse("Jolie lycéenne, dispo demain", null, OBSERVED).fingerprint()).isNotEqualTo(fingerprint);
    }

    @Test
    void emptyOrMissingTextIsP4() {
        assertThat(ANALYSER.analyse("", null, OBSERVED).band()).isEqualTo(Band.P4);
        assertThat(ANALYSER.analyse(null, null, null).band()).isEqualTo(Band.P4);
    }

    @Test
    void anAgeCountsWhenSomeoneIsPresentedOrOffered() {
        assertThat(ANALYSER.analyse("Deuxième version du texte, 16 ans", null, OBSERVED).band()).isEqualTo(Band.P1);
        assertThat(ANALYSER.analyse("Léa 17 ans", null, OBSERVED).band()).isEqualTo(Band.P1);
        assertThat(ANALYSER.analyse("Notre boulangerie fête ses 16 ans, une viennoiserie offerte", null, OBSERVED).band())
                .isEqualTo(Band.P4);
        assertThat(ANALYSER.analyse("Petite erreur mineure dans la facture", null, OBSERVED).band()).isEqualTo(Band.P4);
        assertThat(ANALYSER.analyse("Procès : un homme jugé pour avoir exploité une adolescente de 15 ans", null, OBSERVED)
                .band()).as("news").isEqualTo(Band.P4);
        assertThat(ANALYSER.analyse("Ma sœur de 15 ans et moi on cherche des hommes généreux", null, OBSERVED).band())
                .as("a relative offered for money").isEqualTo(Band.P1);
    }

    @Test
    void contextsStopAtTheEndOfTheSentence() {
        assertThat(ANALYSER.analyse("Vêtements à vendre. Moi j'ai 15 ans, dispo", null, OBSERVED).band()).isEqualTo(Band.P1);
        assertThat(ANALYSER.analyse("Vêtements à vendre, taille 15 ans", null, OBSERVED).band()).isEqualTo(Band.P4);
    }
}
