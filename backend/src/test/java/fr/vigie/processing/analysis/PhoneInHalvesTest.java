package fr.vigie.processing.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A phone number given in two named halves ({@link PhoneInHalves}). Our own wordings, never corpus texts. */
class PhoneInHalvesTest {

    private static final ReportAnalyser ANALYSER = ReportAnalyser.withDefaultRules();
    private static final java.time.Instant OBSERVED = LocalDate.of(2026, 12, 6).atStartOfDay(ZoneId.of("Europe/Paris")).toInstant();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '@', textBlock = """
            le numéro débute par 06 39 98 71, suite 05, je réponds le soir        @ +33639987105
            commençant par 01 99 00, finissant par 33 21 : c'est le fixe           @ +33199003321
            DÉBUT 06-39-98, FIN 44-02, rdv discret                                 @ +33639984402
            premier chiffres 0 6 3 9, derniers chiffres 9 8 6 0 1 7                @ +33639986017
            pour m'avoir : 06 39 98, la suite c'est 31 07, le soir seulement        @ +33639983107
            """)
    void twoNamedHalvesMakeOneNumber(String text, String phone) {
        var analysis = ANALYSER.analyse(text, null, OBSERVED);
        assertThat(analysis.entities().phones()).containsExactly(phone);
        ExactEvidence.assertEveryEvidenceIsItsText(text, analysis);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Le digicode commence par 47 et finit par 12",
            "Le marché commence par 08 h 30 et finit par 13 h",
            "La référence commence par 06 39 98 12 et finit par 34 56, à rappeler au guichet"})
    void codesHoursAndLongReferencesAreNoPhone(String text) {
        assertThat(ANALYSER.analyse(text, null, OBSERVED).entities().phones()).isEmpty();
    }
}
