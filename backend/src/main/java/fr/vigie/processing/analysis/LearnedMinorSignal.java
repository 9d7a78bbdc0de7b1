package fr.vigie.processing.analysis;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.GenericModelReader;

/**
 * A statistical hint, "formulation proche de cas de mineurs": a maximum-entropy model (Apache
 * OpenNLP, trained by {@code MinorModelTraining} on the development parts of the evaluation
 * corpora only) scores how close a report's wording is to reports about minors offered. It reads
 * what the rules cannot list: the engine's own normalised words (look-alike letters folded,
 * repeated letters squeezed, accents removed, SMS spellings undone), their character n-grams (a
 * spelling never seen still shares most of its trigrams with one seen), and the engine's own facts
 * (ages read, a school level, a contact, the rules and text-wide contexts that hold).
 *
 * <p>It decides nothing alone: a rule whose condition is {@code "learned": {"minor": t}} fires when
 * the score is at least {@code t}, and that rule's {@code requires} (someone offered) and
 * {@code unless} (the news or prevention genre) apply as to any rule; the band table says what it
 * raises. Its evidence is the exact ranges of the words that weigh most towards "minor", so the
 * worker sees why.
 *
 * <p>Loaded once ({@link #shipped()}); immutable and thread-safe (the model's evaluation allocates
 * its own arrays).
 */
final class LearnedMinorSignal {

    /** The model's name in a rule's {@code learned} condition. */
    static final String MODEL = "minor";
    /** The outcome of a report about a minor offered or presented; the other is {@link #OTHER}. */
    static final String MINOR = "minor";
    static final String OTHER = "other";
    static final String RESOURCE = "/analysis/learned-minor.bin.gz";
    /** At most this many words are shown as the hint's evidence. */
    static final int EVIDENCE_WORDS = 3;

    /**
     * What the model reads; the shipped model was trained with {@link #SHIPPED} (chosen by
     * cross-validation, docs/analysis-evaluation.md "Issue 12: a learned component").
     *
     * @param shortestGram, longestGram character n-grams of each word framed by ^ and $ (0: none)
     * @param wordPairs     two consecutive words as one feature
     * @param facts         the engine's facts: ages and birth years by range, school level, contacts, the
     *                      rules that fired and the text-wide contexts that hold
     */
    record Features(int shortestGram, int longestGram, boolean wordPairs, boolean facts) {
    }

    static final Features SHIPPED = new Features(3, 4, false, true);

    private final AbstractModel model;
    private final Features features;
    private final int minor;
    /** Per feature, its weight towards {@link #MINOR} against {@link #OTHER}: which words carry the score. */
    private final Map<String, Double> towardsMinor;

    LearnedMinorSignal(AbstractModel model, Features features) {
        this.model = model;
        this.features = features;
        this.minor = model.getIndex(MINOR);
        int other = model.getIndex(OTHER);
        if (minor < 0 || other < 0) {
            throw new IllegalArgumentException("the model's outcomes must be " + MINOR + " and " + OTHER);
        }
        @SuppressWarnings("unchecked")
        var parameters = (Map<String, Context>) model.getDataStructures()[1];
        towardsMinor = new HashMap<>(parameters.size() * 2);
        parameters.forEach((feature, context) -> {
            double weight = 0;
            for (int k = 0; k < context.getOutcomes().length; k++) {
                int outcome = context.getOutcomes()[k];
                weight += outcome == minor ? context.getParameters()[k] : outcome == other ? -context.getParameters()[k] : 0;
            }
            towardsMinor.put(feature, weight);
        });
    }

    private static final class Shipped {
        static final LearnedMinorSignal INSTANCE = load();

        private static LearnedMinorSignal load() {
            try (InputStream in = LearnedMinorSignal.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(RESOURCE + " is missing from the classpath");
                }
                return new LearnedMinorSignal(read(in), SHIPPED);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The shipped model, read once, on first use (only rule sets with a learned condition use it). */
    static LearnedMinorSignal shipped() {
        return Shipped.INSTANCE;
    }

    /** A model as OpenNLP's writers wrote it (binary, gzipped). */
    static AbstractModel read(InputStream gzipped) throws IOException {
        return new GenericModelReader(new BinaryFileDataReader(new GZIPInputStream(new BufferedInputStream(gzipped))))
                .getModel();
    }

    Features features() {
        return features;
    }

    /** The model's probability that the report is about a minor offered, from its features ({@link #read}). */
    double score(Reading reading) {
        return model.eval(reading.features().toArray(String[]::new))[minor];
    }

    /** Words seen, with the sum of their features' weights towards "minor"; bounded, so that no text can grow it for ever. */
    private final java.util.concurrent.ConcurrentHashMap<String, Double> wordWeights = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int WORDS_REMEMBERED = 50_000;

    /**
     * {@link #score} of the report (its facts read with {@code words} false, its tokens here) without building every
     * n-gram of every word of every report: with two outcomes the model's
     * probability is the logistic of the summed weights towards "minor" (GIS's evaluation normalises the exponentials
     * of each outcome's sum), and a word's features are the same in every report, so each word's share is computed
     * once. Equal to {@link #score} to rounding ({@code LearnedMinorSignalTest}); with word pairs it is {@link #score}.
     */
    double quickScore(Reading facts, List<Token> tokens) {
        if (features.wordPairs()) {
            throw new IllegalStateException("word pairs are not a word's own features: use score()");
        }
        var reading = facts;
        double sum = 0;
        for (Token token : tokens) {
            String word = token.word();
            if (!word.isEmpty()) {
                sum += wordWeight(word);
            }
        }
        for (int f = 0; f < reading.tokenOf().length; f++) {
            if (reading.tokenOf()[f] < 0) {
                sum += towardsMinor.getOrDefault(reading.features().get(f), 0.0);
            }
        }
        return 1 / (1 + Math.exp(-sum));
    }

    private double wordWeight(String word) {
        Double known = wordWeights.get(word);
        if (known != null) {
            return known;
        }
        double weight = 0;
        for (String feature : wordFeatures(features, word, new ArrayList<>(), new StringBuilder())) {
            weight += towardsMinor.getOrDefault(feature, 0.0);
        }
        if (wordWeights.size() < WORDS_REMEMBERED) {
            wordWeights.put(word, weight);
        }
        return weight;
    }

    /** A word's own features: itself and its character n-grams framed by ^ and $. */
    private static List<String> wordFeatures(Features features, String word, List<String> out, StringBuilder framed) {
        out.add("w=" + word);
        if (features.longestGram() > 0) {
            framed.setLength(0);
            framed.append('^').append(word).append('$');
            for (int size = features.shortestGram(); size <= features.longestGram() && size < framed.length(); size++) {
                for (int from = 0; from + size <= framed.length(); from++) {
                    out.add(framed.substring(from, from + size));
                }
            }
        }
        return out;
    }

    /**
     * What the model reads of one report: its features and, for each, the token it comes from (-1
     * for a fact of the whole text), so that the words that weigh most can be shown.
     */
    record Reading(List<String> features, int[] tokenOf) {
    }

    /**
     * The features of a report: its words (as the rules read them), their n-grams, and the facts.
     *
     * @param fired    the codes of the rules that fired (other than learned ones)
     * @param holding  the text-wide contexts that hold (someone offered, news or prevention…)
     */
    static Reading read(Features features, List<Token> tokens, Extraction extraction, Collection<String> fired,
            Collection<String> holding) {
        return read(features, true, tokens, extraction, fired, holding);
    }

    /** {@code words}: false for the facts alone ({@link #quickScore} reads the words itself). */
    static Reading read(Features features, boolean words, List<Token> tokens, Extraction extraction, Collection<String> fired,
            Collection<String> holding) {
        var out = new ArrayList<String>(tokens.size() * 8);
        var tokenOf = new int[16];
        int n = 0;
        var framed = new StringBuilder();
        for (int t = 0; words && t < tokens.size(); t++) {
            String word = tokens.get(t).word();
            if (word.isEmpty()) {
                continue;
            }
            int before = out.size();
            wordFeatures(features, word, out, framed);
            tokenOf = grown(tokenOf, out.size());
            while (n < out.size()) {
                tokenOf[n++] = t;
            }
            assert n > before;
            if (features.wordPairs() && t + 1 < tokens.size()) {
                out.add("p=" + word + "_" + tokens.get(t + 1).word());
                tokenOf = grown(tokenOf, n + 1);
                tokenOf[n++] = t;
            }
        }
        if (features.facts()) {
            var facts = new ArrayList<String>();
            for (AgeMention age : extraction.ages()) {
                facts.add("f=age-" + age.kind().name() + "-" + ageRange(age.value()) + (age.presented() ? "-presented" : ""));
            }
            for (BirthYearMention birth : extraction.birthYears()) {
                facts.add("f=birth-" + ageRange(birth.age()));
            }
            if (!extraction.entities().schoolLevels().isEmpty()) {
                facts.add("f=school-level");
            }
            if (!extraction.entities().phones().isEmpty()) {
                facts.add("f=phone");
            }
            if (!extraction.entities().handles().isEmpty()) {
                facts.add("f=handle");
            }
            fired.forEach(code -> facts.add("r=" + code));
            holding.forEach(context -> facts.add("c=" + context));
            for (String fact : facts) {
                out.add(fact);
                tokenOf = grown(tokenOf, n + 1);
                tokenOf[n++] = -1;
            }
        }
        return new Reading(out, java.util.Arrays.copyOf(tokenOf, n));
    }

    private static String ageRange(int age) {
        return age <= 12 ? "12-" : age <= 17 ? "13-17" : age <= 19 ? "18-19" : age <= 25 ? "20-25" : "26+";
    }

    private static int[] grown(int[] array, int size) {
        return size <= array.length ? array : java.util.Arrays.copyOf(array, Math.max(size, array.length * 2));
    }

    /**
     * The tokens whose features weigh most towards "minor" (positive sums only), at most
     * {@link #EVIDENCE_WORDS}, in text order: the words the worker sees as why.
     */
    int[] heaviestTokens(List<Token> tokens) {
        int tokenCount = tokens.size();
        double[] weight = new double[tokenCount];
        for (int t = 0; t < tokenCount; t++) {
            weight[t] = tokens.get(t).word().isEmpty() ? 0 : wordWeight(tokens.get(t).word());
        }
        var chosen = new ArrayList<Integer>();
        for (int k = 0; k < EVIDENCE_WORDS; k++) {
            int best = -1;
            for (int t = 0; t < tokenCount; t++) {
                if (weight[t] > 0 && !chosen.contains(t) && (best < 0 || weight[t] > weight[best])) {
                    best = t;
                }
            }
            if (best < 0) {
                break;
            }
            chosen.add(best);
        }
        return chosen.stream().mapToInt(Integer::intValue).sorted().toArray();
    }
}
