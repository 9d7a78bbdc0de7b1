package fr.vigie.processing.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Rules {@code default-37}, tuned on the development parts of families-22 (texts as the platforms forward them) and
 * families-23 (the adults around the minor): a listing's "Catégorie :" field is no sport category and its "Lieu : Sens
 * (89)" no age; a player's bracketed label before "f 14"; a witness's report of grooming (phone credit, a new phone, a
 * night at his place, a man of 30); a spelled-out age after "elle a"; another's birthday to come; an agent who answers
 * for her; a price per meeting. And what stays low: an animal's adoption listing, an academic minor's abbreviated field,
 * a school's trip notice, a flat near a lycée, an outreach worker's notice, a clock time. Our own wordings.
 */
class PlatformsAndAdultsAroundTest {

    private static final ReportAnalyser ANALYSER = ReportAnalyser.withDefaultRules();
    private static final java.time.Instant OBSERVED = LocalDate.of(2026, 12, 7).atStartOfDay(ZoneId.of("Europe/Paris")).toInstant();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '@', textBlock = """
            Titre : Inès 16 ans | Catégorie : Rencontres | Lieu : Sens (89) | dispo ce soir, sms 06 39 98 77 20       @ 16
            Salon public\\n[joueur 3] asl ?\\n[joueuse 4] f 14 nantes\\n[joueur 3] tu veux des crédits ? on se capte   @ 14
            Je m'occupe de Lou, elle a q u i n z e ans, passez par moi : 06 39 98 77 21                                @ 15
            Elle fête ses dix-huit ans en avril, d'ici là je prends ses rendez-vous, 06 39 98 77 22                    @ 17
            """)
    void aMinorOfferedOnAPlatformOrByAnAdultIsP1(String written, int age) {
        String text = written.replace("\\n", "\n");
        var analysis = ANALYSER.analyse(text, null, OBSERVED);
        assertThat(analysis.entities().ages()).containsExactly(age);
        assertThat(analysis.band()).isEqualTo(Band.P1);
        ExactEvidence.assertEveryEvidenceIsItsText(text, analysis);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Ma cousine est en 4e et un homme de 30 ans lui offre des recharges de téléphone, il la récupère après les cours",
        "Ma voisine a 13 ans, un homme lui a promis un téléphone neuf si elle dort chez lui samedi",
        "Je signale ce compte : il propose aux collégiennes du quartier 20 € de crédit si elles viennent le rejoindre le soir"})
    void aWitnessReportingGroomingIsP1(String text) {
        var analysis = ANALYSER.analyse(text, null, OBSERVED);
        assertThat(analysis.band()).isEqualTo(Band.P1);
        ExactEvidence.assertEveryEvidenceIsItsText(text, analysis);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Adoption · Nom : Pepsi · Âge : 14 ans · Race : européenne · pucée et vaccinée · Frais d'adoption : 60 €",
        "Forum Étudiants · majeure histoire, mineure socio, des avis ? la mineure socio m'a servi pour le master",
        "Collège Jean-Moulin · Vie scolaire · Sortie ski des 5e : prévoir gants et l'autorisation parentale signée",
        "T2 au 2e étage, proche du lycée et du collège, libre en mars, 640 € charges comprises, agence 01 99 00 77 23",
        "Promeneur du net : si tu as entre 12 et 17 ans et besoin de parler, je suis en ligne le soir, insta exemple_pdn_ville"})
    void listingsNoticesAndStudiesStayBelowP1(String text) {
        assertThat(ANALYSER.analyse(text, null, OBSERVED).band()).isNotEqualTo(Band.P1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '@', textBlock = """
            Clara, 24 ans, accompagne des messieurs pour des dîners, son agent répond au 06 39 98 77 24   @ P2
            Moments de détente à Dijon, 120 € la rencontre, hommes courtois, 06 39 98 77 25             @ P3
            """)
    void anAgentOrAPricePerMeetingRaisesAnAdultsAd(String text, Band band) {
        assertThat(ANALYSER.analyse(text, null, OBSERVED).band()).isEqualTo(band);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Vu à 22:15 | Léa 34 ans, de passage à Caen"})
    void aClockTimeIsNoAge(String text) {
        assertThat(ANALYSER.analyse(text, null, OBSERVED).entities().ages()).containsExactly(34);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '@', textBlock = """
            52 h ch 16 f pour sorties, je paie bien          @ 16
            30 m cherche 15 f contre cadeaux, mp              @ 15
            """)
    void aSeekersLineWithTheAgeBeforeTheSexLetterSeeksAMinor(String text, int age) {
        var analysis = ANALYSER.analyse(text, null, OBSERVED);
        assertThat(analysis.signals()).extracting(FiredSignal::code).contains("MINOR_SOUGHT_IN_A_PROFILE");
        assertThat(analysis.band()).isEqualTo(Band.P1);
        assertThat(analysis.entities().ages()).contains(age);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ch 17 h pour covoiturage vers Lyon", "H 30 ch 25 f pour un dîner"})
    void anHourOrAnAdultSoughtIsNoMinorSought(String text) {
        assertThat(ANALYSER.analyse(text, null, OBSERVED).band()).isNotEqualTo(Band.P1);
    }
}
