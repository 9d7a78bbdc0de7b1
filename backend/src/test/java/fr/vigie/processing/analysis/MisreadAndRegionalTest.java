package fr.vigie.processing.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Rules {@code default-41}: texts after a text recognition or a hurried copy, and the French of other regions, seen
 * on 27 November 2026 — ages and phones misread ("H l5 Nantes", "l7f", "Ol 99 OO 98 7l", "3S"), UTF-8 read as
 * Windows-1252 ("sÅ“ur", "payÃ©s"), a teen cut at a line's end ("trei-\nze ans"), a year answering "de quelle
 * année ?", "presque majeure", Creole school words; and what stays low: "mineure" said of a thing, a car's years,
 * a hotel's night job, a helpline's hours. Our own wordings.
 */
class MisreadAndRegionalTest {

    private static final ReportAnalyser ANALYSER = ReportAnalyser.withDefaultRules();
    private static final java.time.Instant OBSERVED = LocalDate.of(2026, 11, 27).atStartOfDay(ZoneId.of("Europe/Paris")).toInstant();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '@', textBlock = """
            H l5 Nantes · cherche qq1 de généreux                   @ 15
            l7f toulouse dispo ce soir                               @ 17
            F l6 Lyon · cherche H généreux pour rdv                  @ 16
            fi 16 Le Port, mi rod in boug généreux pou sorti         @ 16
            """)
    void theMisreadOrRegionalAgeIsRead(String text, String ages) {
        var analysis = ANALYSER.analyse(text, null, OBSERVED);
        assertThat(analysis.entities().ages())
                .containsExactlyElementsOf(Arrays.stream(ages.split(",")).map(Integer::valueOf).toList());
        assertThat(analysis.band()).isEqualTo(Band.P1);
        ExactEvidence.assertEveryEvidenceIsItsText(text, analysis);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '@', textBlock = """
            massage à domicile ce soir, Ol 99 OO 98 7l                @ +33199009871
            dispo mtn pour rdv discret, 06 39 98 98 SS                 @ +33639989855
            deux copines au même numéro, 06 39 98 98 S6, Nîmes          @ +33639989856
            je rends service, 0639 98 6I 0S                            @ +33639986105
            """)
    void aMisreadPhoneIsRead(String text, String phone) {
        var analysis = ANALYSER.analyse(text, null, OBSERVED);
        assertThat(analysis.entities().phones()).containsExactly(phone);
        ExactEvidence.assertEveryEvidenceIsItsText(text, analysis);
    }

    /** Look-alike letters in words are no digits: a pronoun, a word with S, an SMS. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Il 99 ans de la maison, Ol", "06 39 98 98 SMS moi", "Sol 99 OO 98 7l", "Ol est là 06 39"})
    void noPhoneIsMadeOfWords(String text) {
        assertThat(ANALYSER.analyse(text, null, OBSERVED).entities().phones()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Ã€ 16 ans elle fait des rendez-vous payÃ©s Ã  l'hÃ´tel, son copain encaisse l'argent",
        "un homme la récupère ce soir devant le collège, elle a trei-\nze ans",
        "[18:02] tu es de quelle année ?\n[18:03] 2010 et toi\n[18:05] ok je te donne 100 si on se voit demain",
        "Coucou c'est Maëlle, presque majeure 😉 je me déplace chez toi ce soir, écris-moi",
        "mi lé o lisé é mi fé rdv pou larzan apré lékol, Saint-Denis",
        "Un client m'a proposé sa copine de 16 ans contre de l'argent, il a donné un rendez-vous à l'hôtel"})
    void aMinorIsP1(String text) {
        var analysis = ANALYSER.analyse(text, null, OBSERVED);
        assertThat(analysis.band()).isEqualTo(Band.P1);
        ExactEvidence.assertEveryEvidenceIsItsText(text, analysis);
    }

    /** Mojibake is repaired where it is one, and French as written is left alone, evidence on the text as sent. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '@', textBlock = """
            Ma petite sÅ“ur a 16 ans et cherche un stage d'Ã©tÃ© @ 0
            câ€™est moi qui gÃ¨re ses rdv                         @ 1
            """)
    void mojibakeIsReadAsItsCharacters(String text, int signalsOfAThirdParty) {
        var analysis = ANALYSER.analyse(text, null, OBSERVED);
        assertThat(analysis.signals().stream().filter(s -> s.code().startsWith("THIRD_PARTY_CONTROL")).count())
                .isEqualTo(signalsOfAThirdParty);
        ExactEvidence.assertEveryEvidenceIsItsText(text, analysis);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '@', textBlock = """
            Ã© @ é
            Å“ @ œ
            â€™ @ ’
            Ã€ @ À
            """)
    void aSequenceMisreadAsWindows1252IsItsCharacter(String mojibake, String character) {
        assertThat(NormalisedText.of(mojibake).text()).isEqualTo(character);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"l'été « déjà »", "café», dit-il", "Ça va ?", "âgée de 30 ans", "l'été à Évian"})
    void frenchAsWrittenIsNotRepaired(String text) {
        assertThat(NormalisedText.of(text).text()).isEqualTo(text);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Petite fuite mineure au robinet de la cuisine, un plombier dispo demain matin sur Tours ?",
        "Char Civic 2009, 17 ans pis encore fiable, 2 800 piasses négociable, texte-moi",
        "Hôtel à Genève cherche veilleur de nuit, service 24h/24, CFC exigé",
        "Le 147 répond aux jeunes 24h/24, formation pour éducateurs sur l'exploitation des mineurs, en février",
        "Tuteur dispo pour élèves de secondaire 3 et 4, sciences et maths, 25 $ de l'heure",
        "Nos clients de 15 à 17 ans ont droit à la carte jeune, demandez-la en caisse"})
    void lookAlikesStayLow(String text) {
        assertThat(ANALYSER.analyse(text, null, OBSERVED).band()).isIn(Band.P3, Band.P4);
    }
}
