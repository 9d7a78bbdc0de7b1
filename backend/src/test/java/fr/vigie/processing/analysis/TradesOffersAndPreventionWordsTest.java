package fr.vigie.processing.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Twelfth round, rule data ({@code default-11}, the birthday party {@code default-12}, a relative offered to a "daddy" {@code default-13}): young writers' words for money and for the one who pays are an
 * offer; a tradesman's or a salon's availability is a job, not an offer; a prevention message that addresses "you
 * if you are under 18" is no minor's ad; a child's birthday party is none either; an ordinal before "annonce", "étage" or "arrondissement" is no class.
 * Wordings of our own, none from a corpus.
 */
class TradesOffersAndPreventionWordsTest {

    private static final ReportAnalyser ANALYSER = ReportAnalyser.withDefaultRules();
    private static final java.time.Instant OBSERVED = LocalDate.of(2026, 12, 4).atStartOfDay(ZoneId.of("Europe/Paris")).toInstant();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"lycéenne, besoin de thune", "en 2nde, cherche un daddy",
        "en 3e, je sais ce que je fais, aucun risque pour toi", "en 4e, de la thune vite"})
    void aYoungWritersWordsForMoneyAndForTheOneWhoPaysMakeAnOffer(String text) {
        // a class or a status word makes P1 only with an offer: these words are the only offer here
        assertThat(ANALYSER.analyse(text, null, OBSERVED).band()).isEqualTo(Band.P1);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Serrurerie du quartier ouverte 24h/24, on se déplace ce soir, 01 99 00 12 34",
        "Plombier disponible tout de suite pour dépannage, appelez le 01 99 00 56 78",
        "Coiffeur, je me déplace chez vous, libre ce soir et le week-end, 06 39 98 45 67",
        "Hôtel du centre recherche réceptionniste de nuit, par roulement, 01 99 00 22 33"})
    void aTradesmansAvailabilityIsAJobNotAnOffer(String text) {
        assertThat(ANALYSER.analyse(text, null, OBSERVED).band()).isEqualTo(Band.P4);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Si tu as moins de 18 ans et qu'on te propose de l'argent pour des photos, ce n'est pas ta faute : parle-en à un adulte de confiance",
        "Tu as moins de 18 ans et quelqu'un te demande de le rejoindre contre un cadeau ? Ce n'est pas de ta faute, appelle le 119"})
    void aPreventionMessageToTheUnder18IsNoMinorsAd(String text) {
        assertThat(ANALYSER.analyse(text, null, OBSERVED).band()).isEqualTo(Band.P4);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ma 2nde annonce, qui veut me gâter", "ma 2nde annonce, besoin de thune",
        "au 3e étage, cherche un daddy", "dans le 4e arrondissement, de la thune vite"})
    void aNumberedAdFloorOrDistrictIsNoClass(String text) {
        assertThat(ANALYSER.analyse(text, null, OBSERVED).band()).isNotEqualTo(Band.P1);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Pour ses 12 ans, on cherche une animatrice et un magicien, dispo le samedi 9, 06 39 98 45 67"})
    void aChildsBirthdayPartyIsNoMinorsAd(String text) {
        // two celebration words (CELEBRATING_A_CHILD, atLeast 2): the age is the child's being feted
        assertThat(ANALYSER.analyse(text, null, OBSERVED).band()).isNotEqualTo(Band.P1);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Joyeux anniv à moi, 16 ans aujourd'hui, qui veut me gâter ?",
        "lycéenne de 16 ans, je fête mes 16 ans seule, qui m'offre un cadeau ?",
        "ma fille 15 ans dispo ce soir contre cadeau, 06 39 98 12 34"})
    void oneBirthdayWordOrAChildOfferedStaysP1(String text) {
        assertThat(ANALYSER.analyse(text, null, OBSERVED).band()).isEqualTo(Band.P1);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ma fille, 15 ans, cherche un daddy", "ma petite sœur, 14 ans, cherche un daddy"})
    void aRelativeOfferedToADaddyIsP1(String text) {
        // the kin word before the age clears STATED_MINOR_AGE (a parent speaking of a child); the money still counts
        assertThat(ANALYSER.analyse(text, null, OBSERVED).band()).isEqualTo(Band.P1);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ma fille de 15 ans fait du théâtre le mercredi", "ma fille, 15 ans, cherche une correspondante"})
    void aRelativesAgeWithNoOfferIsNoMinorsAd(String text) {
        assertThat(ANALYSER.analyse(text, null, OBSERVED).band()).isNotEqualTo(Band.P1);
    }
}
