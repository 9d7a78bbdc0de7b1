package fr.vigie.processing.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A {@link RuleSet} compiled against the analyzer: phrases analysed once, then each report is
 * matched in a few passes over its tokens. Immutable and thread-safe.
 */
final class RuleEngine {

    private final RuleSet rules;
    private final Map<String, CompiledContext> contexts = new HashMap<>();
    private final List<CompiledRule> compiled = new ArrayList<>();

    private record CompiledContext(PhraseMatcher matcher, RuleSet.Context definition) {
    }

    private record CompiledRule(RuleSet.Rule rule, PhraseMatcher phrases) {
    }

    /** A candidate match of a condition: its tokens (for contexts) and its evidence. */
    private record Hit(int firstToken, int endToken, Evidence evidence) {
    }

    RuleEngine(RuleSet rules, VigieFrenchAnalyzer analyzer) {
        this.rules = rules;
        rules.contexts().forEach((name, context) -> contexts.put(name,
                new CompiledContext(new PhraseMatcher(context.phrases(), context.matchOn(), analyzer), context)));
        for (RuleSet.Rule rule : rules.rules()) {
            var when = rule.when();
            var phrases = when.phrases().isEmpty() ? null : new PhraseMatcher(when.phrases(), when.matchOn(), analyzer);
            compiled.add(new CompiledRule(rule, phrases));
        }
    }

    String version() {
        return rules.version();
    }

    List<FiredSignal> evaluate(String original, List<Token> tokens, Extraction extraction, String reporterConcern) {
        var contextHits = new HashMap<String, List<PhraseMatcher.Match>>();
        var fired = new ArrayList<FiredSignal>();
        for (CompiledRule c : compiled) {
            var when = c.rule().when();
            var evidence = new ArrayList<Evidence>();
            boolean holds = true;
            if (c.phrases() != null) {
                var hits = c.phrases().findAll(tokens).stream()
                        .map(m -> new Hit(m.start(), m.end(),
                                Evidence.of(original, tokens.get(m.start()).start(), tokens.get(m.end() - 1).end())))
                        .toList();
                holds = keep(c.rule(), hits, tokens, original, contextHits, evidence);
            }
            if (holds && when.age() != null) {
                var hits = extraction.ages().stream()
                        .filter(a -> when.age().kinds().contains(a.kind().name()) && when.age().contains(a.value()))
                        .map(a -> new Hit(a.firstToken(), a.endToken(), a.evidence()))
                        .toList();
                holds = keep(c.rule(), hits, tokens, original, contextHits, evidence);
            }
            if (holds && when.birthYearAge() != null) {
                var hits = extraction.birthYears().stream()
                        .filter(b -> when.birthYearAge().contains(b.age()))
                        .map(b -> new Hit(b.firstToken(), b.endToken(), b.evidence()))
                        .toList();
                holds = keep(c.rule(), hits, tokens, original, contextHits, evidence);
            }
            if (holds && !when.reporterConcern().isEmpty()) {
                holds = reporterConcern != null && when.reporterConcern().contains(reporterConcern);
            }
            if (holds) {
                evidence.sort(Comparator.comparingInt(Evidence::start).thenComparingInt(Evidence::end));
                fired.add(new FiredSignal(c.rule().code(), c.rule().label(), c.rule().weight(),
                        List.copyOf(new LinkedHashSet<>(evidence))));
            }
        }
        return fired;
    }

    Band band(List<FiredSignal> fired) {
        Set<String> codes = new java.util.HashSet<>();
        fired.forEach(s -> codes.add(s.code()));
        return rules.bands().stream().filter(line -> line.holds(codes)).map(RuleSet.BandRule::band).findFirst()
                .orElse(Band.P4);
    }

    /** Keeps the hits no context of the rule drops; true if any is left. */
    private boolean keep(RuleSet.Rule rule, List<Hit> hits, List<Token> tokens, String original,
            Map<String, List<PhraseMatcher.Match>> contextHits, List<Evidence> evidence) {
        boolean any = false;
        for (Hit hit : hits) {
            if (!dropped(rule, hit, tokens, contextHits, original)) {
                evidence.add(hit.evidence());
                any = true;
            }
        }
        return any;
    }

    private boolean dropped(RuleSet.Rule rule, Hit hit, List<Token> tokens,
            Map<String, List<PhraseMatcher.Match>> contextHits, String original) {
        for (String name : rule.unless()) {
            var context = contexts.get(name);
            var occurrences = contextHits.computeIfAbsent(name, n -> context.matcher().findAll(tokens));
            var window = context.definition();
            for (var occurrence : occurrences) {
                if (window.anywhere()) {
                    return true;
                }
                boolean before = occurrence.end() <= hit.firstToken()
                        && occurrence.end() > hit.firstToken() - window.before()
                        && sameSentence(original, tokens.get(occurrence.end() - 1).end(), tokens.get(hit.firstToken()).start());
                boolean after = occurrence.start() >= hit.endToken()
                        && occurrence.start() < hit.endToken() + window.after()
                        && sameSentence(original, tokens.get(hit.endToken() - 1).end(), tokens.get(occurrence.start()).start());
                if (before || after) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A context only changes the meaning of words in its own sentence ("Interdit aux mineurs. Femme 30 ans"). */
    private static boolean sameSentence(String original, int from, int to) {
        for (int i = Math.max(0, from); i < Math.min(to, original.length()); i++) {
            char c = original.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == ';' || c == '\n' || c == '…') {
                return false;
            }
        }
        return true;
    }
}
