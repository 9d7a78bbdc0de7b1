package fr.vigie.processing.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes everything the analysis says about many texts to one file, so that an optimisation
 * can be shown to change nothing: run it before and after, and compare the two files byte for
 * byte (docs/performance.md). Every field of both corpora, the glued 1 KB benchmark texts and
 * 20,000 random strings of disguises; for each, the analysis under three reporter concerns, the
 * tokens, and the normalised text with its offsets back to the original. All synthetic.
 *
 * <p>Run: {@code java -cp … fr.vigie.processing.analysis.AnalysisSnapshot <output file>}.
 */
public final class AnalysisSnapshot {

    private static final Instant OBSERVED = Instant.parse("2026-11-27T21:14:00Z");
    private static final String[] CONCERNS = {null, "MEDIUM", "IMMEDIATE_DANGER"};
    /** Pieces that start, end, break or imitate what the analysis looks for (all synthetic). */
    private static final String[] PIECES = {"a", "e", "m", "i", "n", "u", "r", "s", "o", "O", "1", "6", "0", "3",
        " ", " ", " ", ".", "-", "_", "*", "·", "@", "(", ")", "+", "é", "e\u0301", "\u0301", "\u200b",
        "1\ufe0f\u20e3", "\ud835\udc1a", "\ud801\udca0", "а", "１", "\u00a0", "'", "’", "ans", "\n", "!", "snap",
        "@exemple_", "06", "12", "34", "+33", "dans le ", "(75)", "seize", "dix", "sept", "en", "lycee", "cours",
        "2009", "2O1O", "m1neure", "j3une", "\ud83d\udd1f", "\u2160", "ſ", "²"};

    private AnalysisSnapshot() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: AnalysisSnapshot <output file>");
            System.exit(2);
        }
        var analyser = ReportAnalyser.withDefaultRules();
        var analyzer = analyser.analyzer();
        var texts = texts();
        var out = new StringBuilder();
        for (String text : texts) {
            for (String concern : CONCERNS) {
                out.append(analyser.analyse(text, concern, OBSERVED)).append('\n');
            }
            out.append(analyzer.analyse(text)).append('\n');
            var normalised = NormalisedText.of(text);
            out.append(normalised.text()).append('|');
            for (int i = 0; i <= normalised.text().length(); i++) {
                out.append(normalised.toOriginal(i)).append(',');
            }
            out.append('\n');
        }
        Files.writeString(Path.of(args[0]), out);
        System.out.println(texts.size() + " texts, " + out.length() + " characters written to " + args[0]);
    }

    private static List<String> texts() {
        var texts = new ArrayList<String>();
        for (String resource : List.of(EvaluationCorpus.RESOURCE, "/analysis/corpus.tsv")) {
            for (String line : read(resource).split("\n")) {
                for (String field : line.split("\t")) {
                    texts.add(field.replace("\\n", "\n"));
                }
            }
        }
        texts.addAll(AnalysisBenchmark.kilobyteTexts());
        var random = new Random(42);
        for (int n = 0; n < 20_000; n++) {
            var text = new StringBuilder();
            for (int k = random.nextInt(40); k > 0; k--) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            texts.add(text.toString());
        }
        return texts;
    }

    private static String read(String resource) {
        try (InputStream in = AnalysisSnapshot.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the test classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
