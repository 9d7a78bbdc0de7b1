package fr.vigie.processing.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A {@link RuleSet} compiled against the analyzer: phrases analysed once, then each report's
 * tokens are matched against every rule's and context's phrases in one pass ({@link PhraseIndex}).
 * Immutable and thread-safe.
 */
final class RuleEngine {

    private final RuleSet rules;
    private final Map<String, CompiledContext> contexts = new HashMap<>();
    private final List<CompiledRule> compiled = new ArrayList<>();
    private static final Comparator<Evidence> BY_RANGE = Comparator.comparingInt(Evidence::start).thenComparingInt(Evidence::end);
    /** The contexts that count contacts or presentations as occurrences: most do not, and every report asks. */
    private final List<CompiledContext> entityContexts = new ArrayList<>();
    /** The rules with a {@code learned} condition, evaluated after the others (the model reads what they fired). */
    private final List<CompiledRule> learnedRules = new ArrayList<>();
    /** The contexts that hold text-wide ({@code anywhere}), by name in name order: facts the model reads. */
    private final List<Map.Entry<String, CompiledContext>> textWideContexts = new ArrayList<>();
    /** The statistical model the learned rules ask; null when no rule has a learned condition. */
    private final LearnedMinorSignal learned;

    /** {@code index}: the matcher's number in {@link #phrases}. */
    private record CompiledContext(int index, RuleSet.Context definition) {
    }

    /**
     * {@code phrases}: the matcher's number in {@link #phrases}, -1 if the rule has no phrases;
     * {@code unless} and {@code requires}: the rule's contexts, looked up once here rather than by
     * name for every hit of every report; {@code presentations}: whether a required context
     * counts an age said of a named or designated person.
     */
    private record CompiledRule(RuleSet.Rule rule, int phrases, CompiledContext[] unless, CompiledContext[] requires,
            boolean presentations) {
    }

    /** All the phrases of all rules and contexts, matched in one pass over a report's tokens. */
    private final PhraseIndex phrases;
    private final Respelling respelling;
    /** Every word the phrases know: a report's tokens get their ids once ({@link #numbers}). */
    private final Vocabulary vocabulary = new Vocabulary();
    /** {@code numberWords[id]}: whether that word is a number word, so that no token asks {@link NumberWords} by its string. */
    private final boolean[] numberWords;

    /** A candidate match of a condition: its tokens (for contexts) and its evidence (null for phrases: cut when kept). */
    private record Hit(int firstToken, int endToken, Evidence evidence, boolean presented) {
    }

    RuleEngine(RuleSet rules, VigieFrenchAnalyzer analyzer) {
        this(rules, analyzer, null);
    }

    /** {@code learned}: the model of learned conditions (null: the shipped one, read only if a rule has such a condition). */
    RuleEngine(RuleSet rules, VigieFrenchAnalyzer analyzer, LearnedMinorSignal learned) {
        this.rules = rules;
        var matchers = new ArrayList<PhraseMatcher>();
        rules.contexts().forEach((name, context) -> {
            contexts.put(name, new CompiledContext(matchers.size(), context));
            matchers.add(new PhraseMatcher(context.phrases(), context.matchOn(), analyzer));
        });
        for (RuleSet.Rule rule : rules.rules()) {
            var when = rule.when();
            int index = -1;
            if (!when.phrases().isEmpty()) {
                index = matchers.size();
                matchers.add(new PhraseMatcher(when.phrases(), when.matchOn(), analyzer));
            }
            CompiledContext[] requires = lookUp(rule.requires());
            boolean presentations = false;
            for (CompiledContext context : requires) {
                presentations |= context.definition().entities().contains(RuleSet.PRESENTATION);
            }
            var compiledRule = new CompiledRule(rule, index, lookUp(rule.unless()), requires, presentations);
            (when.learned().isEmpty() ? compiled : learnedRules).add(compiledRule);
        }
        this.learned = learned != null ? learned : learnedRules.isEmpty() ? null : LearnedMinorSignal.shipped();
        contexts.entrySet().stream().filter(e -> e.getValue().definition().anywhere())
                .sorted(Map.Entry.comparingByKey()).forEach(textWideContexts::add);
        contexts.values().stream().filter(c -> !c.definition().entities().isEmpty()).forEach(entityContexts::add);
        this.phrases = new PhraseIndex(matchers, vocabulary);
        NumberWords.WORDS.forEach(vocabulary::add);
        this.respelling = new Respelling(rules.spellings(), rules.phrases(), new TolerantWords(rules.tolerant(), analyzer),
                analyzer, vocabulary, rules.words().getOrDefault("splitWords", List.of()));
        numberWords = new boolean[vocabulary.size()];
        NumberWords.WORDS.forEach(w -> numberWords[vocabulary.id(w)] = true);
    }

    private CompiledContext[] lookUp(List<String> names) {
        return names.stream().map(contexts::get).toArray(CompiledContext[]::new);
    }

    /** The report's tokens with SMS spellings, glued "je", silent endings and repeated letters undone ({@link Respelling}). */
    List<Token> respell(List<Token> tokens, String original) {
        return respelling.apply(tokens, original);
    }

    /** The report's numbers, and its tokens' ids in the engine's vocabulary (looked up once, read by every pass). */
    TokenNumbers numbers(List<Token> tokens) {
        return new TokenNumbers(tokens, vocabulary, numberWords);
    }

    String version() {
        return rules.version();
    }

    List<FiredSignal> evaluate(String original, List<Token> tokens, TokenNumbers numbers, Extraction extraction,
            String reporterConcern) {
        var matches = phrases.findAll(tokens, numbers);
        addEntityOccurrences(matches, tokens, extraction);
        int[] spans = spans(matches);
        var fired = evaluateRules(original, tokens, matches, spans, extraction, reporterConcern);
        if (!learnedRules.isEmpty()) {
            fireLearned(original, tokens, matches, spans, extraction, fired);
        }
        return fired;
    }

    /** What the learned model reads of a report, with the given features (for training it: {@code MinorModelTraining}). */
    LearnedMinorSignal.Reading learnedReading(LearnedMinorSignal.Features features, String original, List<Token> tokens,
            TokenNumbers numbers, Extraction extraction, String reporterConcern) {
        var matches = phrases.findAll(tokens, numbers);
        addEntityOccurrences(matches, tokens, extraction);
        int[] spans = spans(matches);
        var fired = evaluateRules(original, tokens, matches, spans, extraction, reporterConcern);
        return reading(features, true, original, tokens, matches, spans, extraction, fired);
    }

    private LearnedMinorSignal.Reading reading(LearnedMinorSignal.Features features, boolean words, String original,
            List<Token> tokens, List<PhraseMatcher.Match>[] matches, int[] spans, Extraction extraction, List<FiredSignal> fired) {
        var codes = new ArrayList<String>(fired.size());
        fired.forEach(s -> codes.add(s.code()));
        var holding = new ArrayList<String>();
        if (features.facts()) {
            Hit whole = wholeText(extraction);
            for (var context : textWideContexts) {
                if (holds(context.getValue().definition(), matches[context.getValue().index()], spans[context.getValue().index()],
                        whole, tokens, original)) {
                    holding.add(context.getKey());
                }
            }
        }
        return LearnedMinorSignal.read(features, words, tokens, extraction, codes, holding);
    }

    /**
     * The whole text as a hit of no token: a text-wide context holds for it when it occurs anywhere; it counts as
     * presented when an age was said of a named or designated person.
     */
    private static Hit wholeText(Extraction extraction) {
        boolean presented = false;
        for (AgeMention age : extraction.ages()) {
            presented |= age.presented();
        }
        return new Hit(0, 0, null, presented);
    }

    /**
     * The learned rules: the model is asked only if a rule's required contexts hold somewhere (someone offered),
     * once per report; a rule fires when the score reaches its threshold and its contexts allow the words that weigh
     * most (its evidence).
     */
    private void fireLearned(String original, List<Token> tokens, List<PhraseMatcher.Match>[] matches, int[] spans,
            Extraction extraction, List<FiredSignal> fired) {
        LearnedMinorSignal.Reading reading = null;
        double score = 0;
        Hit whole = wholeText(extraction);
        var firedByRules = List.copyOf(fired);
        var codes = new java.util.HashSet<String>();
        firedByRules.forEach(s -> codes.add(s.code()));
        Band withoutHint = band(codes);
        for (CompiledRule c : learnedRules) {
            codes.add(c.rule().code());
            boolean raises = band(codes).compareTo(withoutHint) < 0;
            codes.remove(c.rule().code());
            if (!raises) {
                continue; // a hint that would not change the band is not worth reading the text for (P1 already, an adult age)
            }
            if (c.requires().length > 0 && !(whole.presented() && c.presentations())
                    && !anyHolds(c.requires(), whole, tokens, matches, spans, original)) {
                continue; // nobody offered: no need to read the text
            }
            if (reading == null) {
                reading = reading(learned.features(), false, original, tokens, matches, spans, extraction, firedByRules);
                score = learned.quickScore(reading, tokens);
            }
            if (score < c.rule().when().learned().get(LearnedMinorSignal.MODEL)) {
                continue;
            }
            var hits = new ArrayList<Hit>();
            for (int t : learned.heaviestTokens(tokens)) {
                hits.add(new Hit(t, t + 1, Evidence.of(original, tokens.get(t).start(), tokens.get(t).end()), whole.presented()));
            }
            var evidence = new ArrayList<Evidence>();
            if (keep(c, hits, tokens, original, matches, spans, evidence)) {
                evidence.sort(BY_RANGE);
                fired.add(new FiredSignal(c.rule().code(), c.rule().label(), c.rule().weight(), distinct(evidence)));
            }
        }
    }

    private List<FiredSignal> evaluateRules(String original, List<Token> tokens, List<PhraseMatcher.Match>[] matches,
            int[] spans, Extraction extraction, String reporterConcern) {
        var fired = new ArrayList<FiredSignal>();
        for (CompiledRule c : compiled) {
            var when = c.rule().when();
            var evidence = new ArrayList<Evidence>();
            boolean holds = true;
            // a condition with nothing to look at fails at once (as keep() would on no hits), without a stream
            if (c.phrases() >= 0 && matches[c.phrases()].isEmpty()) {
                holds = false;
            } else if (c.phrases() >= 0) {
                var hits = new ArrayList<Hit>();
                for (var m : matches[c.phrases()]) {
                    hits.add(new Hit(m.start(), m.end(), null, BriefText.presents(tokens, m.start(), m.end()))); // evidence cut only if kept
                }
                holds = keep(c, hits, tokens, original, matches, spans, evidence);
            }
            if (holds && when.age() != null && extraction.ages().isEmpty()) {
                holds = false;
            } else if (holds && when.age() != null) {
                var hits = new ArrayList<Hit>();
                for (var a : extraction.ages()) {
                    if (when.age().kinds().contains(a.kind().name()) && when.age().contains(a.value())) {
                        hits.add(new Hit(a.firstToken(), a.endToken(), a.evidence(), a.presented()));
                    }
                }
                holds = keep(c, hits, tokens, original, matches, spans, evidence);
            }
            if (holds && when.birthYearAge() != null && extraction.birthYears().isEmpty()) {
                holds = false;
            } else if (holds && when.birthYearAge() != null) {
                var hits = new ArrayList<Hit>();
                for (var b : extraction.birthYears()) {
                    if (when.birthYearAge().contains(b.age())) {
                        hits.add(new Hit(b.firstToken(), b.endToken(), b.evidence(), false));
                    }
                }
                holds = keep(c, hits, tokens, original, matches, spans, evidence);
            }
            if (holds && !when.entities().isEmpty()) {
                var hits = new ArrayList<Hit>();
                for (var mention : extraction.entities().mentions()) {
                    if (when.entities().contains(mention.kind())) {
                        var covered = tokensCovering(tokens, mention.evidence());
                        if (covered != null) {
                            hits.add(new Hit(covered.start(), covered.end(), mention.evidence(), false));
                        }
                    }
                }
                holds = !hits.isEmpty() && keep(c, hits, tokens, original, matches, spans, evidence);
            }
            if (holds && !when.reporterConcern().isEmpty()) {
                holds = reporterConcern != null && when.reporterConcern().contains(reporterConcern);
            }
            if (holds) {
                evidence.sort(BY_RANGE);
                fired.add(new FiredSignal(c.rule().code(), c.rule().label(), c.rule().weight(), distinct(evidence)));
            }
        }
        return fired;
    }

    /**
     * Evidence sorted by range, each once. Its text is the original's at its range ({@link Evidence#of}): equal
     * ranges are equal evidence, side by side once sorted, so a comparison with the one before does what a hash
     * set did, without hashing records at every signal of every report.
     */
    private static List<Evidence> distinct(List<Evidence> sorted) {
        int kept = 0;
        for (int k = 0; k < sorted.size(); k++) {
            Evidence e = sorted.get(k);
            if (kept > 0 && sorted.get(kept - 1).start() == e.start() && sorted.get(kept - 1).end() == e.end()) {
                continue;
            }
            sorted.set(kept++, e);
        }
        return List.copyOf(sorted.subList(0, kept));
    }

    Band band(List<FiredSignal> fired) {
        Set<String> codes = new java.util.HashSet<>();
        fired.forEach(s -> codes.add(s.code()));
        return band(codes);
    }

    private Band band(Set<String> codes) {
        for (RuleSet.BandRule line : rules.bands()) { // a loop, not a stream: every report asks
            if (line.holds(codes)) {
                return line.band();
            }
        }
        return Band.P4;
    }

    /** Keeps the hits no context of the rule drops and its required contexts allow; true if any is left. */
    private boolean keep(CompiledRule rule, List<Hit> hits, List<Token> tokens, String original,
            List<PhraseMatcher.Match>[] matches, int[] spans, List<Evidence> evidence) {
        boolean any = false;
        for (Hit hit : hits) {
            if (!anyHolds(rule.unless(), hit, tokens, matches, spans, original)
                    && (rule.requires().length == 0 || (hit.presented() && rule.presentations())
                        || anyHolds(rule.requires(), hit, tokens, matches, spans, original))) {
                evidence.add(hit.evidence() != null ? hit.evidence()
                        : Evidence.of(original, tokens.get(hit.firstToken()).start(), tokens.get(hit.endToken() - 1).end()));
                any = true;
            }
        }
        return any;
    }

    /** Whether one of the named contexts holds for the hit. */
    private static boolean anyHolds(CompiledContext[] named, Hit hit, List<Token> tokens, List<PhraseMatcher.Match>[] matches,
            int[] spans, String original) {
        for (CompiledContext context : named) {
            if (holds(context.definition(), matches[context.index()], spans[context.index()], hit, tokens, original)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The longest match (in tokens) of each matcher's occurrences: with the occurrences in token
     * order, it bounds where a windowed context's occurrences near a hit can start.
     */
    private static int[] spans(List<PhraseMatcher.Match>[] matches) {
        int[] spans = new int[matches.length];
        for (int m = 0; m < matches.length; m++) {
            for (var match : matches[m]) {
                spans[m] = Math.max(spans[m], match.end() - match.start());
            }
        }
        return spans;
    }

    /**
     * Whether enough different phrases of the context occur in its window around the hit (or
     * anywhere). A windowed context looks only at the occurrences that can be in its window: they
     * are in token order, so from the first that can end in it (found by halving) to the first
     * that starts past it; common words ("les", "pour") occur dozens of times in a report.
     */
    private static boolean holds(RuleSet.Context window, List<PhraseMatcher.Match> occurrences, int span, Hit hit,
            List<Token> tokens, String original) {
        int needed = window.atLeast();
        List<String> seen = needed > 1 ? new ArrayList<>() : null;
        int from = window.anywhere() ? 0 : firstStartingFrom(occurrences, hit.firstToken() - window.before() - span);
        int past = hit.endToken() + window.after();
        for (int o = from; o < occurrences.size(); o++) {
            var occurrence = occurrences.get(o);
            if (!window.anywhere() && occurrence.start() >= past) {
                break;
            }
            boolean inside = occurrence.start() < hit.endToken() && occurrence.end() > hit.firstToken();
            boolean near;
            if (window.anywhere()) {
                near = !inside; // the match does not vouch for itself ("petite" in "petite jeune")
            } else {
                boolean before = occurrence.end() <= hit.firstToken()
                        && occurrence.end() > hit.firstToken() - window.before()
                        && sameSentence(original, tokens.get(occurrence.end() - 1).end(), tokens.get(hit.firstToken()).start(),
                                window.clause());
                boolean after = occurrence.start() >= hit.endToken()
                        && occurrence.start() < hit.endToken() + window.after()
                        && sameSentence(original, tokens.get(hit.endToken() - 1).end(), tokens.get(occurrence.start()).start(),
                                window.clause());
                near = before || after;
            }
            if (!near) {
                continue;
            }
            if (seen == null) {
                return true;
            }
            String phrase = words(tokens, occurrence);
            if (!seen.contains(phrase)) {
                seen.add(phrase);
                if (seen.size() >= needed) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The index of the first occurrence starting at or after {@code start} (occurrences in token order). */
    private static int firstStartingFrom(List<PhraseMatcher.Match> occurrences, int start) {
        int low = 0;
        int high = occurrences.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (occurrences.get(middle).start() < start) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    private static String words(List<Token> tokens, PhraseMatcher.Match occurrence) {
        var words = new StringBuilder();
        for (int t = occurrence.start(); t < occurrence.end(); t++) {
            words.append(tokens.get(t).term()).append(' ');
        }
        return words.toString();
    }

    /**
     * The contact entities (phones, handles) where they are, as occurrences of the contexts that
     * count them: the tokens their evidence covers. Only for rule sets that have such contexts.
     */
    private void addEntityOccurrences(List<PhraseMatcher.Match>[] matches, List<Token> tokens, Extraction extraction) {
        for (var context : entityContexts) {
            var kinds = context.definition().entities();
            List<PhraseMatcher.Match> occurrences = null;
            for (var mention : extraction.entities().mentions()) {
                if (!kinds.contains(mention.kind())) {
                    continue;
                }
                var covered = tokensCovering(tokens, mention.evidence());
                if (covered != null) {
                    if (occurrences == null) {
                        occurrences = new ArrayList<>();
                    }
                    occurrences.add(covered);
                }
            }
            if (occurrences != null) {
                // in token order, as the phrases' matches: holds() relies on it
                matches[context.index()] = merged(matches[context.index()], occurrences);
            }
        }
    }

    /**
     * Two lists in token order made one, as a stable sort of the first followed by the second would (at an equal
     * start, the first's before the second's). The entities' occurrences are in token order already (mentions are
     * sorted by where their evidence starts); so are the phrases' matches, many for common words: a merge, not a
     * sort of them all, for every entity context of every report.
     */
    private static List<PhraseMatcher.Match> merged(List<PhraseMatcher.Match> phrases, List<PhraseMatcher.Match> entities) {
        var out = new ArrayList<PhraseMatcher.Match>(phrases.size() + entities.size());
        int p = 0;
        for (PhraseMatcher.Match entity : entities) {
            while (p < phrases.size() && phrases.get(p).start() <= entity.start()) {
                out.add(phrases.get(p++));
            }
            out.add(entity);
        }
        while (p < phrases.size()) {
            out.add(phrases.get(p++));
        }
        return out;
    }

    /** Binary search: the first token that ends after {@code offset} (tokens are in text order). */
    /** The tokens an entity's evidence covers, or null if none (evidence between tokens). */
    private static PhraseMatcher.Match tokensCovering(List<Token> tokens, Evidence evidence) {
        int first = firstTokenEndingAfter(tokens, evidence.start());
        int end = first;
        while (end < tokens.size() && tokens.get(end).start() < evidence.end()) {
            end++;
        }
        return end > first ? new PhraseMatcher.Match(first, end) : null;
    }

    private static int firstTokenEndingAfter(List<Token> tokens, int offset) {
        int low = 0;
        int high = tokens.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (tokens.get(mid).end() > offset) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return low;
    }

    /**
     * A context only changes the meaning of words in its own sentence ("Interdit aux mineurs. Femme 30 ans"), or with
     * {@code clause} in its own clause ("dispo pour des soirées, 16 ans": "des" is no audience of the age).
     */
    private static boolean sameSentence(String original, int from, int to, boolean clause) {
        for (int i = Math.max(0, from); i < Math.min(to, original.length()); i++) {
            char c = original.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == ';' || c == '\n' || c == '…'
                    || clause && (c == ',' || c == ':' || c == '—' || c == '–' || c == '|')) {
                return false;
            }
        }
        return true;
    }
}
