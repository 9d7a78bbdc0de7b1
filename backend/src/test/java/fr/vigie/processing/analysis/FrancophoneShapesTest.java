package fr.vigie.processing.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Rules {@code default-34} and {@code default-35}, tuned on families-19's development part and own cases: school years
 * of the French-speaking world ("gymnasien", "BEPC"), SMS spellings of a negated majority ("pa encor
 * majeure", read in context), bookings through one number every day of the week, and look-alikes (a student party for adults, a DJ all
 * night for a daughter's eighteenth, a chalet let by the week, a physiotherapist open every day). An 18- or
 * 19-year-old's stated age or birth year is never raised to P1 by the statistical hint alone. Our own wordings.
 */
class FrancophoneShapesTest {

    private static final ReportAnalyser ANALYSER = ReportAnalyser.withDefaultRules();
    private static final java.time.Instant OBSERVED = LocalDate.of(2026, 12, 6).atStartOfDay(ZoneId.of("Europe/Paris")).toInstant();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"jsui pa encor majeure mé je sé ske je fé, je cherche un homme généreux",
            "gymnasien à Genève, 80 francs la soirée, écris-moi", "je passe le BEPC en juin, un tonton généreux pour m'aider ?"})
    void smsSpellingsAndSchoolYearsOfTheFrenchSpeakingWorldAreP1(String text) {
        assertThat(ANALYSER.analyse(text, null, OBSERVED).band()).isEqualTo(Band.P1);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"New girls in Liège, booking through my number only, disponibles 7 jours sur 7"})
    void bookingsThroughOneNumberEveryDayAreP2(String text) {
        assertThat(ANALYSER.analyse(text, null, OBSERVED).band()).isEqualTo(Band.P2);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Soirée étudiante jeudi, réservée aux plus de dix-huit ans, entrée 4 €",
            "Pour les 18 ans de mon fils, on cherche un DJ disponible toute la nuit, sono fournie",
            "Chalet loué à la semaine à Zermatt, clés à l'office du tourisme, draps fournis",
            "Kinésithérapeute, cabinet ouvert 7 jours sur 7, sur rendez-vous"})
    void partiesRentalsAndSurgeriesStayP4(String text) {
        assertThat(ANALYSER.analyse(text, null, OBSERVED).band()).isEqualTo(Band.P4);
    }
}
