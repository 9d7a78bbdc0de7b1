package fr.vigie.processing.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Rules {@code default-44}: speech written down (voice notes, calls, speech-to-text) seen on 27 November 2026 — a chat
 * profile said aloud ("seize f sur Nancy", "quinze, fille, Grenoble", "quatorze slash f slash Lens", after a
 * timestamp), a word spelled letter by letter with commas ("q, u, i, n, z, e ans"), a handle dictated ("exemple
 * underscore mia underscore rose", "tiret du bas"), "née en zéro neuf", a phone read out from "plus trente-trois" or
 * in pairs whose second opens a compound ("quarante quatre-vingt-six"), "âge du profil : 15"; and what stays low: a
 * filler after "snap" is no handle, an adult bracket ("18–30 ans") is no one's age, an animal's age. Rules
 * {@code default-45}: someone who "gère les filles" is a third party (P2), and a car's year read out with its mileage,
 * a school podcast stay low; "elle dit 18" is the age she gives. Our own wordings.
 */
class SpeechWrittenDownTest {

    private static final ReportAnalyser ANALYSER = ReportAnalyser.withDefaultRules();
    private static final java.time.Instant OBSERVED = LocalDate.of(2026, 11, 27).atStartOfDay(ZoneId.of("Europe/Paris")).toInstant();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '@', textBlock = """
            vocal : seize f sur Nancy, contre un petit billet ce soir                @ 16
            [00:03] quinze, fille, Grenoble, je fais ça pour payer mes affaires      @ 15
            il lit le tchat : « quatorze slash f slash Lens, en privé si tu payes » @ 14
            [00:05] dix-sept f à Reims, dispo pour un monsieur généreux             @ 17
            vocal : j'ai q, u, i, n, z, e ans et je cherche quelqu'un de généreux   @ 15
            fiche copiée : âge du profil : 16 ; bio : cherche un daddy généreux      @ 16
            """)
    void anAgeSaidAloudIsReadAndTheMinorIsP1(String text, String ages) {
        var analysis = ANALYSER.analyse(text, null, OBSERVED);
        assertThat(analysis.entities().ages())
                .containsExactlyElementsOf(Arrays.stream(ages.split(",")).map(Integer::valueOf).toList());
        assertThat(analysis.band()).isEqualTo(Band.P1);
        ExactEvidence.assertEveryEvidenceIsItsText(text, analysis);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '@', textBlock = """
            ajoute-moi sur snap, exemple underscore lou underscore nuit, je t'envoie tout @ exemple_lou_nuit
            insta c'est exemple tiret du bas duo tiret du bas lyon, on est deux          @ exemple_duo_lyon
            mon snap c'est exemple tiret bas tina, écris-moi                             @ exemple_tina
            """)
    void aDictatedHandleIsReadAsWritten(String text, String handle) {
        var analysis = ANALYSER.analyse(text, null, OBSERVED);
        assertThat(analysis.entities().handles()).containsExactly(handle);
        ExactEvidence.assertEveryEvidenceIsItsText(text, analysis);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"je mets tout sur snap genre demain, bisous", "je poste sur insta chaque soir une recette",
        "en mode je poste sur snap tous les jours ma routine"})
    void aFillerAfterAPlatformIsNoHandle(String text) {
        assertThat(ANALYSER.analyse(text, null, OBSERVED).entities().handles()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '@', textBlock = """
            j'ai seize ans, mon numéro c'est plus trente-trois six trente-neuf quatre-vingt-dix-huit quatre-vingt-dix-sept quarante-quatre @ +33639989744
            un seul numéro le zéro six trente-neuf quatre-vingt-dix-huit quarante quatre-vingt-six, deux copines dispo @ +33639984086
            """)
    void aPhoneReadOutIsRead(String text, String phone) {
        var analysis = ANALYSER.analyse(text, null, OBSERVED);
        assertThat(analysis.entities().phones()).containsExactly(phone);
        ExactEvidence.assertEveryEvidenceIsItsText(text, analysis);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"[00:09] moi c'est Lina, née en zéro neuf, dispo si tu m'envoies un virement avant"})
    void aTwoDigitYearSaidAloudIsABirthYear(String text) {
        var analysis = ANALYSER.analyse(text, null, OBSERVED);
        assertThat(analysis.entities().birthYears()).containsExactly(2009);
        assertThat(analysis.band()).isEqualTo(Band.P1);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Job d'été vendanges, 18–30 ans, logé nourri, Beaune",
        "Résidence étudiante : studios libres en février, public 18-25 ans",
        "émission sur les animaux : voici Praline, femelle, 14 ans, Dijon, elle cherche un foyer calme sans chien",
        "je vous rappelle pour la Clio, elle est de 2011, 120 000 kilomètres, je la laisse à 2000 euros",
        "Podcast du collège, épisode 2 : deux élèves de 4e parlent de leur club de théâtre"})
    void lookAlikesStayLow(String text) {
        assertThat(ANALYSER.analyse(text, null, OBSERVED).band()).isIn(Band.P3, Band.P4);
    }

    /** People offered by a range keep both ages: only an adult bracket with no one before it is set aside. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '@', textBlock = """
            deux copines 16-17 ans dispo ce soir à Metz       @ 16,17
            trois filles de 21 à 26 ans, réservation par moi @ 21,26
            """)
    void aRangeOfPeopleKeepsItsAges(String text, String ages) {
        assertThat(ANALYSER.analyse(text, null, OBSERVED).entities().ages())
                .containsExactlyElementsOf(Arrays.stream(ages.split(",")).map(Integer::valueOf).toList());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"vocal : c'est mon cousin qui gère les filles, tu choisis et il t'envoie l'adresse",
        "un certain Tony s'occupe des filles de l'appart, écrire sur Telegram"})
    void someoneManagingTheGirlsIsP2(String text) {
        var analysis = ANALYSER.analyse(text, null, OBSERVED);
        assertThat(analysis.band()).isEqualTo(Band.P2);
        ExactEvidence.assertEveryEvidenceIsItsText(text, analysis);
    }

    /** "elle dit 18": the age someone gives, the unit left out; said of a thing ("le compteur dit 18") it is none. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '@', textBlock = """
            elle dit 18 mais on lui en donne bien moins, annonce vue à Lorient @ 18
            il dit seize et propose un rendez-vous payé ce soir             @ 16
            le compteur dit 18 degrés dans la chambre                       @ -
            """)
    void anAgeSomeoneSaysIsRead(String text, String age) {
        var ages = ANALYSER.analyse(text, null, OBSERVED).entities().ages();
        if (age.equals("-")) {
            assertThat(ages).isEmpty();
        } else {
            assertThat(ages).containsExactly(Integer.valueOf(age));
        }
    }
}
