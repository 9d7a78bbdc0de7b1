package fr.vigie.processing.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Rules {@code default-38}: several people presented in one list — chat profiles joined by "+", "&", "et" or a comma,
 * birth years listed after a people word or a birth label, two ages answered to an age question (keycaps too) — give
 * every age, and two glued profiles side by side are a presentation; what stays low: rooms and models named like
 * profiles, a club's birth-year categories, a parent's job-and-internship ad for a teenager. Our own wordings.
 */
class JoinedProfilesAndYearsTest {

    private static final ReportAnalyser ANALYSER = ReportAnalyser.withDefaultRules();
    private static final java.time.Instant OBSERVED = LocalDate.of(2026, 12, 7).atStartOfDay(ZoneId.of("Europe/Paris")).toInstant();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '@', textBlock = """
            moi et ma sœur : F 14 + F 16, Toulon, on attend des messieurs généreux, snap exemple_soeurs_var     @ 14,16
            deux amies H17 et F15 dispo mercredi sur Angers, faites vos offres                                 @ 17,15
            Profil à deux · 21 & 23 · F/F · Brest · on reçoit ensemble                                         @ 21,23
            Elle m'a demandé « vous avez quel âge ? », on a dit 1️⃣5️⃣ et 1️⃣6️⃣ et elle a ri                  @ 15,16
            """)
    void everyAgeOfAListIsRead(String text, String ages) {
        var analysis = ANALYSER.analyse(text, null, OBSERVED);
        assertThat(analysis.entities().ages()).containsExactlyElementsOf(
                java.util.Arrays.stream(ages.split(",")).map(Integer::valueOf).toList());
        ExactEvidence.assertEveryEvidenceIsItsText(text, analysis);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '@', textBlock = """
            Sur le forum quelqu'un propose trois filles, 2008, 2010 et 2011, dispo le soir pour des cadeaux   @ 2008,2010,2011
            Mes voisines sont nées en 2009 ou 2011 et un homme leur offre de l'argent pour des rendez-vous    @ 2009,2011
            """)
    void everyYearOfAListIsRead(String text, String years) {
        var analysis = ANALYSER.analyse(text, null, OBSERVED);
        assertThat(analysis.entities().birthYears()).containsExactlyElementsOf(
                java.util.Arrays.stream(years.split(",")).map(Integer::valueOf).toList());
        assertThat(analysis.band()).isEqualTo(Band.P1);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "deux amies F15 et F16 dispo ce week-end à Vannes, on attend vos propositions",
        "Nous : F 15 + F 16, dispo demain soir pour des messieurs généreux"})
    void twoMinorsProfilesTogetherAreP1(String text) {
        assertThat(ANALYSER.analyse(text, null, OBSERVED).band()).isEqualTo(Band.P1);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Les salles F15 et F16 sont réservées aux examens jeudi, merci de passer par l'escalier B",
        "Le bâtiment H17 est fermé demain, cours déplacés au rez-de-chaussée",
        "Championnat de volley : catégories filles 2011 et 2012, inscriptions au gymnase avant samedi",
        "Mon fils a 15 ans et cherche un stage d'observation de 3e dans un garage, appelez-moi svp",
        "Ma fille est en 1ère et cherche un job d'été ou du baby-sitting sur Dijon, contactez-moi"})
    void roomsCategoriesAndATeenagersJobStayBelowP1(String text) {
        assertThat(ANALYSER.analyse(text, null, OBSERVED).band()).isNotEqualTo(Band.P1);
    }
}
