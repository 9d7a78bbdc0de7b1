package fr.vigie.processing.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The signal rules as data: what each signal matches, what it weighs, and how fired signals
 * combine into a band. Versioned, so that a stored assessment says which rules made it; shipped
 * defaults in {@code analysis/default-rules.json}, an edited version can come from the
 * database as the same JSON. The format is described in {@code analysis/README.md}.
 *
 * <p>{@code spellings}: SMS and other spellings read as the words they stand for before anything
 * else ("ds" → "dans"), so that rules and entities are written once, in plain French.
 *
 * <p>{@code tolerant}: words that carry a decision (age units, school, majority, availability),
 * also read through typos, by sound and one slip of the keyboard ({@link TolerantWords}); a rule
 * set without it (before {@code default-8}) reads words only as written.
 *
 * <p>{@code words}: the word lists the extractors read (words for a person, age units, cohort words
 * before a year, verbs of claiming an age…), by name ({@link ExtractorWords}, which follows the rule set in force); from {@code default-9}.
 */
public record RuleSet(String version, Map<String, String> spellings, Map<String, Context> contexts, List<Rule> rules,
        List<BandRule> bands, List<String> tolerant, Map<String, List<String>> words) {

    public static final String DEFAULT_RESOURCE = "/analysis/default-rules.json";
    /** The entity kind of a context that counts an age said right after a name or a word for a person. */
    static final String PRESENTATION = "presentation";

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    public RuleSet {
        requireText(version, "version");
        // in the order written, not Map.copyOf's: its iteration order changes from one JVM to the next, and the
        // engine's readings (which of two spellings folding to one word wins, the order of the learned hint's
        // facts) must not
        spellings = inOrder(spellings);
        contexts = inOrder(contexts);
        rules = List.copyOf(Objects.requireNonNull(rules, "rules"));
        bands = List.copyOf(Objects.requireNonNull(bands, "bands"));
        tolerant = tolerant == null ? List.of() : List.copyOf(tolerant);
        words = inOrder(words);
        validate(contexts, rules, bands);
    }

    /** An unmodifiable copy that iterates in the given map's order; null keys or values refused, as Map.copyOf does. */
    private static <K, V> Map<K, V> inOrder(Map<K, V> map) {
        if (map == null) {
            return Map.of();
        }
        var copy = new java.util.LinkedHashMap<K, V>(map.size() * 2);
        map.forEach((k, v) -> copy.put(Objects.requireNonNull(k), Objects.requireNonNull(v)));
        return java.util.Collections.unmodifiableMap(copy);
    }

    /** The shipped defaults. */
    public static RuleSet defaults() {
        try (InputStream in = RuleSet.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(DEFAULT_RESOURCE + " is missing from the classpath");
            }
            return JSON.readValue(in, RuleSet.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A rule set from its JSON form; {@link IllegalArgumentException} if it is not valid. */
    public static RuleSet fromJson(String json) {
        try {
            return JSON.readValue(json, RuleSet.class);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("invalid rule set: " + e.getOriginalMessage(), e);
        }
    }

    /** Every phrase of every context and rule: the words the engine knows (for {@link Respelling}). */
    List<String> phrases() {
        var phrases = new java.util.ArrayList<String>();
        contexts.values().forEach(c -> phrases.addAll(c.phrases()));
        rules.forEach(r -> phrases.addAll(r.when().phrases()));
        phrases.replaceAll(p -> p.replace("{num}", " "));
        return phrases;
    }

    public String toJson() {
        return JSON.writeValueAsString(this);
    }

    /**
     * Words around a match that say what it means: it holds for a match when one of the phrases
     * touches the tokens from {@code before} tokens before the match to {@code after} tokens after
     * it (same sentence), or, with {@code anywhere}, appears anywhere in the text (but not inside
     * the match itself). {@code entities}: kinds of entity ({@code phone}, {@code handle}) that
     * count as an occurrence too ("a contact is given"), and {@code presentation}: an age said of a
     * person named or designated right before it ("Léa 17 ans") holds the context for that age. {@code atLeast}: how many different
     * phrases must occur (default 1; a genre is told by several cues, never by one word).
     * {@code clause}: the window stops at a comma, a colon or a dash too, not only at a sentence's end ("pour les
     * 18-25 ans" is an audience, "dispo pour des soirées, 16 ans" is not).
     * A rule's {@code unless} contexts drop a match ("taille 12 ans"), its {@code requires}
     * contexts must hold for it ("someone is offered").
     */
    public record Context(List<String> phrases, MatchOn matchOn, int before, int after, boolean anywhere,
            List<String> entities, Integer atLeast, boolean clause) {
        public Context {
            phrases = List.copyOf(Objects.requireNonNull(phrases, "context phrases"));
            matchOn = matchOn == null ? MatchOn.STEM : matchOn;
            entities = entities == null ? List.of() : List.copyOf(entities);
            atLeast = atLeast == null ? 1 : atLeast;
            if (before < 0 || after < 0) {
                throw new IllegalArgumentException("context windows cannot be negative");
            }
            if (atLeast < 1) {
                throw new IllegalArgumentException("atLeast must be 1 or more");
            }
            if (clause && anywhere) {
                throw new IllegalArgumentException("a context cannot be both anywhere and within a clause");
            }
            for (String kind : entities) {
                if (!kind.equals("phone") && !kind.equals("handle") && !kind.equals(PRESENTATION)) {
                    throw new IllegalArgumentException("unknown entity kind " + kind + " (phone, handle or presentation)");
                }
            }
        }
    }

    /**
     * A signal: it fires when every condition of {@code when} holds on matches that no
     * {@code unless} context drops and, if {@code requires} names contexts, for which at least
     * one of them holds.
     */
    public record Rule(String code, String label, int weight, Condition when, List<String> unless,
            List<String> requires) {
        public Rule {
            requireText(code, "rule code");
            requireText(label, "label of " + code);
            Objects.requireNonNull(when, "condition of " + code);
            unless = unless == null ? List.of() : List.copyOf(unless);
            requires = requires == null ? List.of() : List.copyOf(requires);
        }
    }

    /**
     * What a rule needs; each present part must match. {@code phrases}: any of them, as
     * consecutive tokens of the analysed text (written in plain French, analysed the same way;
     * {@code {num}} stands for any number in digits or words). {@code age}: a stated age in the
     * range. {@code birthYearAge}: an age computed from a birth year in the range.
     * {@code reporterConcern}: the reporter's concern is one of these. {@code entities}: the text
     * shows a contact of one of these kinds ({@code phone}, {@code handle}); its evidence is the contact.
     * {@code learned}: a statistical model's score of the text at or above the given value, by the
     * model's name (only {@code minor}: {@link LearnedMinorSignal}); its evidence is the words that
     * weigh most towards it. A condition with {@code learned} has nothing else (the model reads the text).
     */
    public record Condition(List<String> phrases, MatchOn matchOn, AgeRange age, AgeRange birthYearAge,
            List<String> reporterConcern, List<String> entities, Map<String, Double> learned) {
        public Condition {
            phrases = phrases == null ? List.of() : List.copyOf(phrases);
            matchOn = matchOn == null ? MatchOn.STEM : matchOn;
            reporterConcern = reporterConcern == null ? List.of() : List.copyOf(reporterConcern);
            entities = entities == null ? List.of() : List.copyOf(entities);
            learned = learned == null ? Map.of() : Map.copyOf(learned);
            for (var model : learned.entrySet()) {
                if (!model.getKey().equals(LearnedMinorSignal.MODEL)) {
                    throw new IllegalArgumentException("unknown learned model " + model.getKey() + " (" + LearnedMinorSignal.MODEL + ")");
                }
                if (model.getValue() == null || !(model.getValue() > 0 && model.getValue() < 1)) {
                    throw new IllegalArgumentException("a learned score threshold is between 0 and 1 (exclusive)");
                }
            }
            if (!learned.isEmpty() && !(phrases.isEmpty() && age == null && birthYearAge == null && reporterConcern.isEmpty()
                    && entities.isEmpty())) {
                throw new IllegalArgumentException("a learned condition stands alone (its rule's requires and unless still apply)");
            }
            if (phrases.isEmpty() && age == null && birthYearAge == null && reporterConcern.isEmpty() && entities.isEmpty()
                    && learned.isEmpty()) {
                throw new IllegalArgumentException("a condition needs phrases, age, birthYearAge, reporterConcern, entities or learned");
            }
            for (String kind : entities) {
                if (!kind.equals("phone") && !kind.equals("handle")) {
                    throw new IllegalArgumentException("unknown entity kind " + kind + " in a condition (phone or handle)");
                }
            }
        }
    }

    /** Inclusive bounds; {@code kinds} of ages that count (default: only STATED, not ranges or thresholds). */
    public record AgeRange(Integer min, Integer max, List<String> kinds) {
        public AgeRange {
            min = min == null ? 0 : min;
            max = max == null ? Integer.MAX_VALUE : max;
            kinds = kinds == null || kinds.isEmpty() ? List.of(AgeMention.Kind.STATED.name()) : List.copyOf(kinds);
            for (String kind : kinds) {
                AgeMention.Kind.valueOf(kind);
            }
        }

        boolean contains(int value) {
            return value >= min && value <= max;
        }
    }

    /** Whether phrases compare stems (default, "étudiantes" matches "étudiante") or exact normalised words. */
    public enum MatchOn { STEM, WORD }

    /**
     * One line of the band table; the first line whose conditions hold gives the band. {@code all}:
     * every code fired; {@code any}: at least one fired; {@code none}: none fired. A line with no
     * condition always holds (the default band, last).
     */
    public record BandRule(Band band, List<String> all, List<String> any, List<String> none) {
        public BandRule {
            Objects.requireNonNull(band, "band");
            all = all == null ? List.of() : List.copyOf(all);
            any = any == null ? List.of() : List.copyOf(any);
            none = none == null ? List.of() : List.copyOf(none);
        }

        boolean holds(Set<String> fired) {
            if (!fired.containsAll(all)) {
                return false;
            }
            boolean anyFired = any.isEmpty();
            for (int k = 0; k < any.size() && !anyFired; k++) { // loops, not streams: every report asks every line
                anyFired = fired.contains(any.get(k));
            }
            if (!anyFired) {
                return false;
            }
            for (int k = 0; k < none.size(); k++) {
                if (fired.contains(none.get(k))) {
                    return false;
                }
            }
            return true;
        }
    }

    private static void validate(Map<String, Context> contexts, List<Rule> rules, List<BandRule> bands) {
        var codes = new HashSet<String>();
        for (Rule rule : rules) {
            if (!codes.add(rule.code())) {
                throw new IllegalArgumentException("duplicate rule code " + rule.code());
            }
            for (String context : java.util.stream.Stream.concat(rule.unless().stream(), rule.requires().stream()).toList()) {
                if (!contexts.containsKey(context)) {
                    throw new IllegalArgumentException(rule.code() + " refers to unknown context " + context);
                }
            }
        }
        if (bands.isEmpty()) {
            throw new IllegalArgumentException("the band table is empty");
        }
        for (BandRule line : bands) {
            for (var list : List.of(line.all(), line.any(), line.none())) {
                for (String code : list) {
                    if (!codes.contains(code)) {
                        throw new IllegalArgumentException("band " + line.band() + " refers to unknown rule " + code);
                    }
                }
            }
        }
    }

    private static void requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is required");
        }
    }
}
