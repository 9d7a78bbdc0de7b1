package fr.vigie.processing.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Analysis + scoring throughput on ~1 KB French reports, one thread: reports/s = ops/s.
 * The texts are the evaluation corpus's reports glued together until each is about 1,000
 * characters, so they carry the real mix of disguises, signals and benign prose.
 *
 * <p>Run (command and figures in docs/performance.md): {@code java -cp … org.openjdk.jmh.Main AnalysisBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
@Threads(1)
public class AnalysisBenchmark {

    static final int TARGET_LENGTH = 1000;
    private static final Instant OBSERVED = Instant.parse("2026-11-27T21:14:00Z");

    private ReportAnalyser analyser;
    private List<String> texts;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        analyser = ReportAnalyser.withDefaultRules();
        texts = kilobyteTexts();
    }

    @Benchmark
    public Analysis analyseOneKilobyteReport() {
        String text = texts.get(next);
        next = (next + 1) % texts.size();
        return analyser.analyse(text, "MEDIUM", OBSERVED);
    }

    /** The corpus texts glued into ~1 KB reports (each a few ads' worth of text). */
    static List<String> kilobyteTexts() {
        var pieces = corpusTexts();
        var out = new ArrayList<String>();
        var current = new StringBuilder();
        for (String piece : pieces) {
            if (!current.isEmpty()) {
                current.append(current.length() % 3 == 0 ? "\n" : " ");
            }
            current.append(piece);
            if (current.length() >= TARGET_LENGTH) {
                out.add(current.substring(0, Math.min(current.length(), TARGET_LENGTH + 100)));
                current.setLength(0);
            }
        }
        return out;
    }

    static List<String> corpusTexts() {
        try (InputStream in = AnalysisBenchmark.class.getResourceAsStream(EvaluationCorpus.RESOURCE)) {
            var texts = new ArrayList<String>();
            for (var c : EvaluationCorpus.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8))) {
                texts.add(c.text());
            }
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
