package fr.vigie.processing.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The school and status grid (issue 12, tenth round): the ways French writes being at school,
 * an exam to come and a majority not yet reached, each set inside an offer or a presentation,
 * must make P1 with exact evidence; the same words where no pupil is offered (an adult in higher
 * education with her adult age, a teacher, a parent, an outing, tutoring) must not. Generated
 * from lists of forms, never from corpus texts; the offers are paired with the forms by rotation.
 */
class SchoolGridTest {

    private static final ReportAnalyser ANALYSER = ReportAnalyser.withDefaultRules();
    private static final java.time.Instant OBSERVED = LocalDate.of(2026, 12, 3).atStartOfDay(ZoneId.of("Europe/Paris")).toInstant();

    /** Offers and presentations around a school phrase ({@code %s}). */
    private static final List<String> OFFERS = List.of(
            "%s, dispo ce soir pour un monsieur généreux",
            "Je suis %s et je cherche un daddy qui paie",
            "%s — rdv discret contre cadeaux, écris-moi",
            "qui veut me gâter ? %s, je me déplace",
            "%s, je cherche quelqu'un pour me payer mon forfait",
            "Coucou, %s, rencontres payées seulement");

    /** Classes, French, Belgian, Swiss and Quebec, as abbreviated or written out, after "en". */
    private static final List<String> CLASSES = List.of("3e", "3ème", "3eme", "3è", "4e", "4è", "4ème", "5e", "6e",
            "2nde", "2de", "seconde", "1ère", "1re", "1ere", "première", "Tle", "Term", "terminale", "CM2", "CM1",
            "rhéto", "2e secondaire", "5e secondaire", "secondaire 3", "sec. 4", "9H", "10H", "11H", "troisième");

    /** A class named without "en", told by what follows it (a speciality, a section, a stream) or a label. */
    private static final List<String> CLASSES_WITHOUT_EN = List.of("Tle spé maths", "tle spé SES", "1ère spé HLP",
            "1re générale", "2nde pro", "2de GT", "3e B", "5ème D", "Term STMG", "terminale bac pro", "classe de 3e",
            "classe : 4ème", "élève de 3e", "élève de seconde", "élève de 1re", "lycéenne en Tle", "je rentre en 2nde",
            "je passe en 1ère l'an prochain",
            "en CAP coiffure", "en bac pro commerce", "au lycée pro", "en BEP vente");

    /** School life, exams to come, majority not reached. */
    private static final List<String> STATUS = List.of("je passe le brevet en juin", "le bac l'an prochain",
            "je passe mon bac en juin", "je prépare mon BEP", "je passe mon CAP cette année", "mes vœux Parcoursup",
            "en attendant Parcoursup", "au bahut la journée", "ma CPE m'a collée", "mon prof principal me saoule", "le conseil de classe c'est jeudi", "à l'internat la semaine",
            "interne au lycée", "pas encore majeure", "majeure dans 3 mois", "bientôt 18", "pas majeure avant l'été",
            "toujours pas 18 ans", "mes 18 ans c'est en mars", "majeure l'an prochain");

    static Stream<String> pupilsOffered() {
        var rows = new ArrayList<String>();
        int r = 0;
        for (String level : CLASSES) {
            rows.add(OFFERS.get(r++ % OFFERS.size()).formatted("en " + level));
            rows.add(OFFERS.get(r++ % OFFERS.size()).formatted("en " + level));
        }
        for (String form : CLASSES_WITHOUT_EN) {
            rows.add(OFFERS.get(r++ % OFFERS.size()).formatted(form));
            rows.add(OFFERS.get(r++ % OFFERS.size()).formatted(form));
        }
        for (String form : STATUS) {
            rows.add(OFFERS.get(r++ % OFFERS.size()).formatted(form));
            rows.add(OFFERS.get(r++ % OFFERS.size()).formatted(form));
        }
        return rows.stream().map(SchoolGridTest::capitalised);
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pupilsOffered")
    void aPupilOfferedIsP1(String text) {
        var analysis = ANALYSER.analyse(text, null, OBSERVED);
        assertThat(analysis.band()).as(analysis.signals().toString()).isEqualTo(Band.P1);
        ExactEvidence.assertEveryEvidenceIsItsText(text, analysis);
    }

    static Stream<String> noPupilOffered() {
        return Stream.of(
                "Étudiante de 22 ans en 3e année de licence, dispo pour garder vos enfants le soir",
                "21 ans, en 1ère année de BTS, je cherche une colocation près de la fac",
                "J'ai 24 ans, en Master 2, dispo pour des cours de soutien niveau 3e",
                "Professeure de 4e cherche appartement près du collège, dispo pour visiter",
                "Prof principal d'une classe de 3e, je cherche un covoiturage le matin",
                "Mon fils passe le brevet en juin, des conseils pour les révisions ?",
                "Ma fille est en 2nde et le conseil de classe c'est jeudi, on en parle ?",
                "Sortie scolaire des 5e au musée jeudi, départ 8h devant le collège",
                "Voyage scolaire des Tle à Rome, les parents sont invités à la réunion",
                "Cours particuliers de maths niveau 3e et Tle, 20 € de l'heure, je me déplace",
                "Aide aux devoirs pour élèves de CM2, dispo le mercredi",
                "Le bac l'an prochain : inscriptions aux épreuves avant le 15 décembre",
                "Réunion d'information Parcoursup pour les parents d'élèves de terminale, jeudi 18h",
                "Internat du lycée : inscriptions ouvertes pour la rentrée, portes ouvertes samedi",
                "J'ai eu mon bac il y a trois ans, 21 ans, dispo ce soir",
                "3e étage sans ascenseur, appartement dispo tout de suite",
                "Je suis majeure depuis longtemps, 26 ans, dispo pour un dîner",
                "En reconversion à 41 ans, je suis en CAP fleuriste et je cherche une entreprise d'accueil",
                "Formation pour adultes au GRETA : je suis en CAP petite enfance, dispo pour un stage le matin");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("noPupilOffered")
    void noPupilOfferedIsNotP1(String text) {
        var analysis = ANALYSER.analyse(text, null, OBSERVED);
        assertThat(analysis.band()).as(analysis.signals().toString()).isNotEqualTo(Band.P1);
    }
}
