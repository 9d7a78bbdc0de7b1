package fr.vigie.processing.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Thirteenth round ({@code default-16}): a report passed on by a teacher, a school nurse, a neighbour or a youth worker
 * speaks of a pupil or a teenager in the third person, with no offer of her own; what makes it P1 is money, gifts,
 * hotels, men or ads around her ({@code MINOR_REPORTED_AT_RISK}, {@code EXPLOITATION_SIGNS}). A staff word no longer
 * hides it, and a school's own notice, a parent's appointment or a book blurb stays low. Wordings of our own.
 */
class RelayedReportTest {

    private static final ReportAnalyser ANALYSER = ReportAnalyser.withDefaultRules();
    private static final java.time.Instant OBSERVED = LocalDate.of(2026, 12, 4).atStartOfDay(ZoneId.of("Europe/Paris")).toInstant();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Le professeur de sport nous écrit : une élève de 5e serait emmenée à l'hôtel le mercredi par un homme majeur",
        "Signalé par une animatrice : une collégienne montre des billets de 20 qu'un garçon plus âgé lui donne",
        "Voisinage inquiet : une adolescente entre tous les soirs chez un homme où passent des hommes",
        "Une lycéenne de première serait proposée sur un site d'annonces, d'après son ancienne prof"})
    void aPupilOrATeenagerReportedWithMoneyMenOrHotelsIsP1(String text) {
        assertThat(ANALYSER.analyse(text, null, OBSERVED).band()).isEqualTo(Band.P1);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Le père d'une élève de 6e souhaite un rendez-vous avec la professeure de français",
        "Un élève de 3e a oublié sa carte de cantine, merci de passer au secrétariat",
        "Roman jeunesse : une adolescente et des hommes du village partent à la recherche d'un chien perdu",
        "Une élève de terminale a remporté le concours d'éloquence, félicitations à toute l'équipe"})
    void aSchoolsNoticeAParentsAppointmentOrABookStaysLow(String text) {
        assertThat(ANALYSER.analyse(text, null, OBSERVED).band()).isNotEqualTo(Band.P1);
    }
}
