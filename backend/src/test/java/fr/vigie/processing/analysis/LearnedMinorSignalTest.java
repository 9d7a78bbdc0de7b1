package fr.vigie.processing.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import opennlp.tools.ml.model.Event;

/**
 * The learned minor signal as a mechanism, on a model trained here on wordings of this test (a made-up word,
 * "zorglette", stands for a wording no rule names): it raises a report only where someone is offered, never on a
 * news or prevention text, and its evidence is exact ranges of the original. And the trainer: deterministic, and
 * never given a sealed case.
 */
class LearnedMinorSignalTest {

    private static final Instant SEEN = Instant.parse("2026-12-03T12:00:00Z");
    private static final LearnedMinorSignal.Features FEATURES = LearnedMinorSignal.SHIPPED;
    private static ReportAnalyser analyser;

    @BeforeAll
    static void trainATinyModel() throws Exception {
        var reader = new ReportAnalyser(MinorModelTraining.withoutLearned(RuleSet.defaults()));
        var events = new ArrayList<Event>();
        for (String minor : List.of("zorglette dispo ce soir", "petite zorglette cherche rencontre",
                "zorglette sympa, appelle-moi", "une zorglette toute douce", "zorglette libre demain",
                "ma zorglette est dispo")) {
            events.add(new Event(LearnedMinorSignal.MINOR, features(reader, minor)));
        }
        for (String other : List.of("femme 30 ans dispo ce soir", "massage relaxant sur rendez-vous",
                "vends vélo bon état", "jolie brune libre demain", "couple cherche rencontre", "dame sympa, appelle-moi")) {
            events.add(new Event(LearnedMinorSignal.OTHER, features(reader, other)));
        }
        var model = MinorModelTraining.trainOnEvents(events, new MinorModelTraining.Settings(FEATURES, 1, 100));
        analyser = new ReportAnalyser(MinorModelTraining.withThreshold(RuleSet.defaults(), 0.8), new VigieFrenchAnalyzer(),
                new LearnedMinorSignal(model, FEATURES));
    }

    private static String[] features(ReportAnalyser reader, String text) {
        return reader.learnedReading(FEATURES, text, null, SEEN).features().toArray(String[]::new);
    }

    private static FiredSignal hint(Analysis analysis) {
        return analysis.signals().stream().filter(s -> s.code().equals(MinorModelTraining.CODE)).findFirst().orElse(null);
    }

    @Test
    void aWordingTheModelKnowsRaisesAnOfferToP1WithExactEvidence() {
        String text = "Coucou, Zorglette toute douce, dispo ce soir, écris-moi";
        var analysis = analyser.analyse(text, null, SEEN);
        assertThat(analysis.band()).isEqualTo(Band.P1);
        var hint = hint(analysis);
        assertThat(hint).isNotNull();
        assertThat(hint.label()).contains("Formulation proche de cas de mineurs");
        assertThat(hint.evidence()).isNotEmpty().hasSizeLessThanOrEqualTo(LearnedMinorSignal.EVIDENCE_WORDS);
        for (Evidence e : hint.evidence()) {
            assertThat(text.substring(e.start(), e.end())).isEqualTo(e.text());
        }
        assertThat(hint.evidence()).extracting(Evidence::text).contains("Zorglette");
    }

    @Test
    void noOneOfferedIsNotRaised() {
        var analysis = analyser.analyse("Le mot zorglette fait rire les enfants du quartier.", null, SEEN);
        assertThat(hint(analysis)).isNull();
        assertThat(analysis.band()).isNotEqualTo(Band.P1);
    }

    @Test
    void aNewsOrPreventionTextIsNotRaised() {
        var analysis = analyser.analyse("Selon une enquête de la brigade, une zorglette dispo ce soir sur les sites : "
                + "prévention et sensibilisation des parents.", null, SEEN);
        assertThat(hint(analysis)).isNull();
        assertThat(analysis.band()).isNotEqualTo(Band.P1);
    }

    @Test
    void aStatedAdultAgeWinsOverTheHint() {
        var analysis = analyser.analyse("Zorglette 34 ans, dispo ce soir, écris-moi", null, SEEN);
        assertThat(analysis.band()).isNotEqualTo(Band.P1);
    }

    @Test
    void theHintNeverLowersABand() {
        String text = "Léa 15 ans dispo ce soir";
        var without = new ReportAnalyser(MinorModelTraining.withoutLearned(RuleSet.defaults())).analyse(text, null, SEEN);
        assertThat(without.band()).isEqualTo(Band.P1);
        assertThat(analyser.analyse(text, null, SEEN).band()).isEqualTo(Band.P1);
    }

    @Test
    void theShippedModelLoadsAndScoresWithExactEvidence() throws Exception {
        var shipped = ReportAnalyser.withDefaultRules();
        for (String text : List.of("slt jsui une petite meuf du bahut, dispo apres les cours, snap en bio",
                "Nouvelle sur la ville, jeune et timide, dispo ce soir 06 39 98 12 34")) {
            var hint = hint(shipped.analyse(text, null, SEEN));
            if (hint != null) {
                for (Evidence e : hint.evidence()) {
                    assertThat(text.substring(e.start(), e.end())).isEqualTo(e.text());
                }
            }
        }
        try (var in = LearnedMinorSignal.class.getResourceAsStream(LearnedMinorSignal.RESOURCE)) {
            var model = LearnedMinorSignal.read(in);
            assertThat(model.getNumOutcomes()).isEqualTo(2);
        }
    }

    @Test
    void theQuickScoreIsTheModelsEvaluation() {
        var shipped = LearnedMinorSignal.shipped();
        var reader = new ReportAnalyser(MinorModelTraining.withoutLearned(RuleSet.defaults()));
        for (String text : List.of("slt jsui une petite meuf du bahut, dispo apres les cours", "Femme 40 ans, massage, rdv",
                "Léa 15 ans dispo ce soir", "Vends canapé 3 places", "")) {
            var all = reader.learnedReading(shipped.features(), text, null, SEEN);
            var facts = new LearnedMinorSignal.Reading(
                    java.util.stream.IntStream.range(0, all.tokenOf().length).filter(f -> all.tokenOf()[f] < 0)
                            .mapToObj(f -> all.features().get(f)).toList(),
                    java.util.stream.IntStream.range(0, all.tokenOf().length).filter(f -> all.tokenOf()[f] < 0)
                            .map(f -> -1).toArray());
            var words = new ArrayList<Token>(); // the words as the reading read them (respelled)
            for (int f = 0; f < all.tokenOf().length; f++) {
                if (all.tokenOf()[f] >= 0 && all.features().get(f).startsWith("w=")) {
                    words.add(new Token("", all.features().get(f).substring(2), 0, 0));
                }
            }
            assertThat(shipped.quickScore(facts, words)).isCloseTo(shipped.score(all), org.assertj.core.data.Offset.offset(1e-9));
        }
    }

    @Test
    void theTrainerNeverSeesASealedCaseAndIsDeterministic() throws Exception {
        var corpus = EvaluationCorpus.load();
        var sealed = new HashSet<String>();
        corpus.cases().stream().filter(c -> c.part() == CorpusPart.SEALED).forEach(c -> sealed.add(c.id()));
        assertThat(sealed).isNotEmpty();
        var training = MinorModelTraining.trainingCases(corpus.cases());
        assertThat(training).isNotEmpty().noneMatch(c -> sealed.contains(c.id()));

        var examples = MinorModelTraining.examples(corpus.cases(), MinorModelTraining.SHIPPED.features());
        assertThat(examples).noneMatch(e -> sealed.contains(e.c().id()));
        byte[] once = MinorModelTraining.bytes(MinorModelTraining.train(examples, MinorModelTraining.SHIPPED));
        byte[] twice = MinorModelTraining.bytes(MinorModelTraining.train(examples, MinorModelTraining.SHIPPED));
        assertThat(once).isEqualTo(twice);
        try (var in = LearnedMinorSignal.class.getResourceAsStream(LearnedMinorSignal.RESOURCE)) {
            assertThat(in.readAllBytes()).as("the shipped model is the trainer's (retrain: MinorModelTraining write)")
                    .isEqualTo(once);
        }
        assertThat(LearnedMinorSignal.read(new ByteArrayInputStream(once)).getNumOutcomes()).isEqualTo(2);
    }
}
