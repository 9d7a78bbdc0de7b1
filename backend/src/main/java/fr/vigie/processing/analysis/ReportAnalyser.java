package fr.vigie.processing.analysis;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * The entry point: text (+ reporter's concern, + when it was seen) → band, score, signals with
 * evidence, entities, fingerprint. Pure and thread-safe; build one per rule-set version and
 * share it. Knows nothing of Kafka, the database or the index.
 */
public final class ReportAnalyser {

    /** Ages from birth dates are counted in France's calendar. */
    private static final ZoneId FRANCE = ZoneId.of("Europe/Paris");
    private static final int MAX_SCORE = 1000;

    private final VigieFrenchAnalyzer analyzer;
    private final RuleEngine engine;
    /** The rule set's word lists for the extractors, null when they are the shipped ones. */
    private final ExtractorWords.Lists words;

    public ReportAnalyser(RuleSet rules) {
        this(rules, new VigieFrenchAnalyzer());
    }

    public ReportAnalyser(RuleSet rules, VigieFrenchAnalyzer analyzer) {
        this(rules, analyzer, null);
    }

    /** With another model for the rules' learned conditions than the shipped one (its cross-validation). */
    ReportAnalyser(RuleSet rules, VigieFrenchAnalyzer analyzer, LearnedMinorSignal learned) {
        this.analyzer = Objects.requireNonNull(analyzer);
        this.engine = new RuleEngine(Objects.requireNonNull(rules), analyzer, learned);
        this.words = ExtractorWords.of(rules);
    }

    /** What the learned model reads of a report (its features), as {@link #analyse} computes them: for training it. */
    LearnedMinorSignal.Reading learnedReading(LearnedMinorSignal.Features features, String text, String reporterConcern,
            Instant observedAt) {
        return ExtractorWords.inForce(words, () -> {
            String original = text == null ? "" : text;
            var normalised = NormalisedText.of(original);
            List<Token> tokens = engine.respell(analyzer.analyse(normalised), original);
            var numbers = engine.numbers(tokens);
            var extraction = Extraction.of(normalised, tokens, numbers, LocalDate.ofInstant(observedAt, FRANCE));
            return engine.learnedReading(features, original, tokens, numbers, extraction, reporterConcern);
        });
    }

    /** With the shipped default rules. */
    public static ReportAnalyser withDefaultRules() {
        return new ReportAnalyser(RuleSet.defaults());
    }

    /**
     * @param reporterConcern LOW, MEDIUM, HIGH, IMMEDIATE_DANGER, or null
     * @param observedAt      when the ad was seen (ages from birth years are counted at that date); null: now
     */
    public Analysis analyse(String text, String reporterConcern, Instant observedAt) {
        return analyse(text, reporterConcern, observedAt, null);
    }

    /** An analysis and the terms of the text as written, as the search index holds them. */
    public record WithTerms(Analysis analysis, List<String> terms) {
    }

    /**
     * {@link #analyse} and the terms of the text as {@link VigieFrenchAnalyzer#analyse(String)}
     * gives them, read from the tokens the analysis computed anyway: processing indexes them
     * without running the chain a second time.
     */
    public WithTerms analyseWithTerms(String text, String reporterConcern, Instant observedAt) {
        var terms = new java.util.ArrayList<String>();
        return new WithTerms(analyse(text, reporterConcern, observedAt, terms), terms);
    }

    private Analysis analyse(String text, String reporterConcern, Instant observedAt, List<String> termsOut) {
        // the extractors read the word lists of this analyser's rule set, the one it ranks with
        return ExtractorWords.inForce(words, () -> analyseInForce(text, reporterConcern, observedAt, termsOut));
    }

    private Analysis analyseInForce(String text, String reporterConcern, Instant observedAt, List<String> termsOut) {
        String original = text == null ? "" : text;
        LocalDate observed = LocalDate.ofInstant(observedAt == null ? Instant.now() : observedAt, FRANCE);
        var normalised = NormalisedText.of(original);
        List<Token> written = analyzer.analyse(normalised);
        if (termsOut != null) {
            for (Token token : written) {
                termsOut.add(token.term());
            }
        }
        List<Token> tokens = engine.respell(written, original);
        var numbers = engine.numbers(tokens); // numbers read once, for the ages and the rules' phrases
        var extraction = Extraction.of(normalised, tokens, numbers, observed);
        var signals = engine.evaluate(original, tokens, numbers, extraction, reporterConcern);
        int score = Math.clamp(signals.stream().mapToLong(FiredSignal::weight).sum(), 0, MAX_SCORE);
        // the fingerprint keeps the words as written: only true re-posts merge, not "ds" with "dans"
        return new Analysis(engine.band(signals), score, signals, extraction.entities(), Fingerprint.of(written),
                engine.version());
    }

    public VigieFrenchAnalyzer analyzer() {
        return analyzer;
    }
}
