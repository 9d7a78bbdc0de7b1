package fr.vigie.processing.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Rules {@code default-40}: French as it is heard and as moderators forward it, seen on 27 November 2026 — teens
 * spelled by ear where an age is written ("kinz an", "katorzan", "f trez", "g sez an"), a coming majority after
 * "jaurai", a profile's field in a note ("Âge affiché sur le profil : 16", "date de naissance affichée sur le compte :
 * 12/05/2010"), the words a filter raised quoted by the moderator; and what stays low: "douce", "très", "ses" are no
 * teens, a thing's years of service, school audiences, extras 18-30. Our own wordings.
 */
class HeardAndForwardedTest {

    private static final ReportAnalyser ANALYSER = ReportAnalyser.withDefaultRules();
    private static final java.time.Instant OBSERVED = LocalDate.of(2026, 11, 27).atStartOfDay(ZoneId.of("Europe/Paris")).toInstant();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '@', textBlock = """
            slt c Emma jai kinz an dispo ce soir                        @ 15
            moi c yanis katorzan jcherche qq1 de genereu                 @ 14
            f trez paris dispo pr rdv contre billet                      @ 13
            g sez an jsui dispo se wikend                                @ 16
            jai dicet an et je fé des massage discret                    @ 17
            h onz bordeaux                                               @ 11
            elle a diznef an                                             @ 19
            dizuitan tout juste, nouvelle sur paris                      @ 18
            jaurai 18 ans en février mais deja dispo                     @ 17
            Âge affiché sur le profil : 16. Bio : « dispo pour des rdv » @ 16
            Âge indiqué : 31 ans. Annonce : « massage détente »          @ 31
            """)
    void theAgeIsRead(String text, String ages) {
        var analysis = ANALYSER.analyse(text, null, OBSERVED);
        assertThat(analysis.entities().ages())
                .containsExactlyElementsOf(Arrays.stream(ages.split(",")).map(Integer::valueOf).toList());
        ExactEvidence.assertEveryEvidenceIsItsText(text, analysis);
    }

    /** A word that only sounds near a teen, or a teen with no age around it, is no age. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"f douce paris dispo", "f tres belle dispo", "ses an de galère", "je mange kinz pommes",
        "Âge affiché 18, âge réel pas donné"})
    void noTeenIsHeard(String text) {
        var ages = ANALYSER.analyse(text, null, OBSERVED).entities().ages();
        assertThat(ages).doesNotContain(11, 12, 13, 14, 15, 16, 17, 19);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Date de naissance affichée sur le compte : 12/05/2010. Texte : « dispo après les cours pour des rdv, Amiens ».",
        "Fiche transmise : date de naissance 03/01/2010 sur le profil. Texte : « je rends service en échange d'un toit ».",
        "Âge affiché sur le profil : 16. Bio : « dispo pour des rdv payés, Nancy ».",
        "Le filtre a levé « 16 ans » : « Léa 16 ans dispo ce soir »",
        "slt c Emma jai kinz an dispo ce soir pr 1 rdv 06 39 98 98 01",
        "chica 16 años en Lyon, busco hombre generoso"})
    void aMinorIsP1(String text) {
        var analysis = ANALYSER.analyse(text, null, OBSERVED);
        assertThat(analysis.band()).isEqualTo(Band.P1);
        ExactEvidence.assertEveryEvidenceIsItsText(text, analysis);
    }

    /** A date quoted before the label that names it, as a note gives a profile's field. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '@', textBlock = """
            Le profil porte « mars 2010 » comme date de naissance. Bio : « je reçois chez moi, tarif en privé ». @ 2010
            le compte indique 12/05/2009 comme date de naissance, dispo pour des rdv                             @ 2009
            """)
    void aDateBeforeItsLabelIsADateOfBirth(String text, int year) {
        var analysis = ANALYSER.analyse(text, null, OBSERVED);
        assertThat(analysis.entities().birthYears()).containsExactly(year);
        assertThat(analysis.band()).isEqualTo(Band.P1);
        ExactEvidence.assertEveryEvidenceIsItsText(text, analysis);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Le filtre a levé « lycéens » et « nuit » : page d'un lycée, « nuit de l'orientation le 15 janvier »",
        "Nouvelle coiffeuse au salon ! premiere coupe -20% pour les lyceens et etudiants",
        "Tournoi de futsal U16 samedi au gymnase, les jeune de 14 a 16 an bienvenu, gouter offert",
        "Clio de 2009, 16 ans de bons et loyaux services, contrôle technique ok, 2 300 € à débattre",
        "Prof de math (10 an d experience) donne cours pour lyceen, 20e lheure"})
    void lookAlikesStayBelowP1(String text) {
        assertThat(ANALYSER.analyse(text, null, OBSERVED).band()).isNotEqualTo(Band.P1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '@', textBlock = """
            somos dos chicas, mismo número, disponibles toda la noche en Lille @ P2
            mujer 35 años de paso en Nantes hasta el lunes, masajes relajantes @ P3
            chica 15 lille busco amigo generoso, snap exemple_sofia_md        @ P1
            chico 16 paris busco hombre con dinero, insta exemple_leo_bcn      @ P1
            """)
    void foreignWordsCarryTheirSignals(String text, Band band) {
        assertThat(ANALYSER.analyse(text, null, OBSERVED).band()).isEqualTo(band);
    }

    /** Digits are no account, and the dot ending a sentence gives no word the shape of a handle. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Âge affiché sur le profil : 16.", "snap moi si t dispo. Pas d'âge ni de pseudo visible.",
        "ajoute moi sur snap si t chaud. Aucun pseudo lisible."})
    void noHandleIsMadeUp(String text) {
        assertThat(ANALYSER.analyse(text, null, OBSERVED).entities().handles()).isEmpty();
    }
}
