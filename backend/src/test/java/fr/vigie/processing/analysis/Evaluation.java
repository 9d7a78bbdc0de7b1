package fr.vigie.processing.analysis;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Runs the analyser over the labelled corpus and measures it, for the development and the sealed
 * part separately and per family ({@link EvaluationFigures}). {@link #main} prints the report
 * (command in docs/analysis-evaluation.md, {@link EvaluationReport}); {@link EvaluationThresholdTest}
 * holds the sealed part to the targets.
 */
public final class Evaluation {

    /** Every case is analysed as if seen at this instant (birth years are counted from it). */
    static final Instant OBSERVED = Instant.parse("2026-11-27T21:14:00Z");
    private static final ZoneId FRANCE = ZoneId.of("Europe/Paris");

    /**
     * One case's outcome. {@code ages}: the ages the engine gives the people in the text, stated
     * ("16 ans") or computed from a birth date ("née en 2010" → 15 on the observation date).
     */
    record Outcome(EvaluationCorpus.Case expected, Analysis actual, Set<Integer> ages) {
        Band band() {
            return actual.band();
        }

        CorpusPart part() {
            return expected.part();
        }

        String family() {
            return expected.family();
        }

        EvaluationCorpus.Corpus corpus() {
            return expected.corpus();
        }
    }

    /** Every outcome, by id too (for twins), and the rules that fired on no case of the whole corpus. */
    record Result(List<Outcome> outcomes, Map<String, Outcome> byId, Set<String> rulesNeverFired, String rulesVersion) {

        List<Outcome> in(CorpusPart part) {
            return outcomes.stream().filter(o -> o.part() == part).toList();
        }

        EvaluationFigures figures(CorpusPart part) {
            return EvaluationFigures.of(in(part), byId);
        }

        List<Outcome> in(CorpusPart part, EvaluationCorpus.Corpus corpus) {
            return outcomes.stream().filter(o -> o.part() == part && o.corpus() == corpus).toList();
        }

        /** One part of one corpus ("the new sealed part"). */
        EvaluationFigures figures(CorpusPart part, EvaluationCorpus.Corpus corpus) {
            return EvaluationFigures.of(in(part, corpus), byId);
        }

        EvaluationFigures figures(CorpusPart part, EvaluationCorpus.Corpus corpus, String family) {
            return EvaluationFigures.of(in(part, corpus).stream().filter(o -> o.family().equals(family)).toList(), byId);
        }

        /** The part of a corpus without one family: the first corpus was tuned on long before it was split. */
        EvaluationFigures figuresOutside(CorpusPart part, EvaluationCorpus.Corpus corpus, String family) {
            return EvaluationFigures.of(in(part, corpus).stream().filter(o -> !o.family().equals(family)).toList(), byId);
        }

        /** Families of a corpus in order of first appearance (BASE first). */
        List<String> families(EvaluationCorpus.Corpus corpus) {
            var families = new LinkedHashSet<String>();
            outcomes.stream().filter(o -> o.corpus() == corpus).forEach(o -> families.add(o.family()));
            return List.copyOf(families);
        }

        /** Every family of every corpus (a family name may be in both). */
        List<String> families() {
            var families = new LinkedHashSet<String>();
            outcomes.forEach(o -> families.add(o.family()));
            return List.copyOf(families);
        }

        /** The plain twin's outcome of an obfuscated twin. */
        Outcome plainOf(Outcome twin) {
            return byId.get(twin.expected().twinOf());
        }
    }

    private Evaluation() {
    }

    static Result run(EvaluationCorpus corpus, ReportAnalyser analyser, RuleSet rules) {
        var outcomes = new ArrayList<Outcome>();
        var byId = new HashMap<String, Outcome>();
        var fired = new HashSet<String>();
        for (var c : corpus.cases()) {
            LocalDate observed = LocalDate.ofInstant(c.corpus().observed, FRANCE);
            var analysis = analyser.analyse(c.text(), c.concern(), c.corpus().observed);
            var outcome = new Outcome(c, analysis, agesGiven(analyser, c.text(), analysis, observed));
            outcomes.add(outcome);
            if (byId.put(c.id(), outcome) != null) {
                throw new IllegalArgumentException("duplicate case id " + c.id());
            }
            analysis.signals().forEach(s -> fired.add(s.code()));
        }
        for (var outcome : outcomes) {
            var c = outcome.expected();
            if (!c.isObfuscatedTwin()) {
                continue;
            }
            var plain = byId.get(c.twinOf());
            if (plain == null) {
                throw new IllegalArgumentException(c.id() + " is the twin of unknown case " + c.twinOf());
            }
            if (plain.expected().band() != c.band()) {
                throw new IllegalArgumentException(c.id() + " is labelled " + c.band() + " but its plain twin "
                        + plain.expected().id() + " is labelled " + plain.expected().band());
            }
        }
        var neverFired = new TreeSet<String>();
        rules.rules().forEach(r -> neverFired.add(r.code()));
        neverFired.removeAll(fired);
        return new Result(List.copyOf(outcomes), Map.copyOf(byId), neverFired, rules.version());
    }

    /** The stated ages of the entities and the ages computed from birth dates (not in the entities, which hold years). */
    private static Set<Integer> agesGiven(ReportAnalyser analyser, String text, Analysis analysis, LocalDate observed) {
        var ages = new HashSet<>(analysis.entities().ages());
        var normalised = NormalisedText.of(text);
        var tokens = analyser.analyzer().analyse(normalised);
        Extraction.of(normalised, tokens, new TokenNumbers(tokens), observed).birthYears()
                .forEach(b -> ages.add(b.age()));
        return ages;
    }

    static Result runDefaults() {
        var rules = RuleSet.defaults();
        return run(EvaluationCorpus.load(), new ReportAnalyser(rules), rules);
    }

    /**
     * {@code --rules <file>} evaluates an edited rule set (JSON, the shipped format) instead of
     * the defaults, as a coordinator's preview would. {@code --show-sealed} also lists the sealed
     * part's failing cases: never while tuning the engine (docs/analysis-evaluation.md), or the
     * sealed figures stop meaning anything.
     */
    public static void main(String[] args) throws java.io.IOException {
        var arguments = List.of(args);
        int file = arguments.indexOf("--rules");
        var rules = file >= 0 ? RuleSet.fromJson(java.nio.file.Files.readString(java.nio.file.Path.of(arguments.get(file + 1))))
                : RuleSet.defaults();
        var result = run(EvaluationCorpus.load(), new ReportAnalyser(rules), rules);
        new EvaluationReport(result, System.out).print(arguments.contains("--show-sealed"));
    }
}
