package fr.vigie.processing.analysis;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

/**
 * A per-case fingerprint of everything the analysis says, so that a speed change can be shown to change no result
 * without anyone reading sealed cases or their results (docs/performance.md, eighth round). For every case of every
 * corpus (under its own concern and observation date, and under no concern and {@code IMMEDIATE_DANGER}), every glued
 * benchmark text and 5,000 random strings of disguises, one line {@code id sha256(analyses and terms)}.
 * The compare mode prints only how many ids differ and which development ids do: a sealed case's text or result is
 * never printed.
 *
 * <p>Run: {@code java -cp … fr.vigie.processing.analysis.AnalysisGolden write|compare <file>}.
 */
public final class AnalysisGolden {

    private static final Instant OBSERVED = Instant.parse("2026-11-27T21:14:00Z");
    private static final String[] PIECES = {"a", "e", "m", "i", "n", "u", "r", "s", "o", "O", "1", "6", "0", "3",
        " ", " ", " ", ".", "-", "_", "*", "·", "@", "(", ")", "+", "é", "e\u0301", "\u0301", "\u200b",
        "1\ufe0f\u20e3", "\ud835\udc1a", "\ud801\udca0", "а", "１", "\u00a0", "'", "’", "ans", "\n", "!", "snap",
        "@exemple_", "06", "12", "34", "+33", "dans le ", "(75)", "seize", "dix", "sept", "en", "lycee", "cours",
        "2009", "2O1O", "m1neure", "j3une", "\ud83d\udd1f", "\u2160", "ſ", "²", "insta", "née en ", "16a", "majeure",
        "mineur", "deux mille dix", "/", ":", "3ème", "lycéenne", "dispo", "h24", "Paris", "ma cousine"};

    private AnalysisGolden() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2 || !(args[0].equals("write") || args[0].equals("compare"))) {
            System.err.println("usage: AnalysisGolden write|compare <file>");
            System.exit(2);
        }
        var analyser = ReportAnalyser.withDefaultRules();
        var digests = new LinkedHashMap<String, String>();
        var development = new java.util.HashSet<String>();
        for (var c : EvaluationCorpus.load().cases()) {
            var text = new StringBuilder();
            var own = analyser.analyseWithTerms(c.text(), c.concern(), c.corpus().observed);
            text.append(own.analysis()).append('\n').append(own.terms()).append('\n');
            text.append(analyser.analyse(c.text(), null, OBSERVED)).append('\n');
            text.append(analyser.analyse(c.text(), "IMMEDIATE_DANGER", c.corpus().observed)).append('\n');
            digests.put(c.id(), sha256(text.toString()));
            if (c.part() == CorpusPart.DEVELOPMENT) {
                development.add(c.id());
            }
        }
        int n = 0;
        for (String text : AnalysisBenchmark.kilobyteTexts()) {
            String id = "KB-" + n++;
            digests.put(id, sha256(analyser.analyse(text, "MEDIUM", OBSERVED).toString()));
            development.add(id);
        }
        var random = new Random(12);
        for (int k = 0; k < 5_000; k++) {
            var text = new StringBuilder();
            for (int p = random.nextInt(40); p > 0; p--) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String id = "RND-" + k;
            var analysis = analyser.analyseWithTerms(text.toString(), "MEDIUM", OBSERVED);
            digests.put(id, sha256(analysis.analysis() + "\n" + analysis.terms()));
            development.add(id);
        }
        Path file = Path.of(args[1]);
        if (args[0].equals("write")) {
            var out = new StringBuilder();
            digests.forEach((id, d) -> out.append(id).append(' ').append(d).append('\n'));
            Files.writeString(file, out);
            System.out.println(digests.size() + " digests written");
            return;
        }
        var golden = new LinkedHashMap<String, String>();
        for (String line : Files.readAllLines(file)) {
            int space = line.indexOf(' ');
            golden.put(line.substring(0, space), line.substring(space + 1));
        }
        int differing = 0;
        var shown = new StringBuilder();
        for (Map.Entry<String, String> e : digests.entrySet()) {
            if (!e.getValue().equals(golden.get(e.getKey()))) {
                differing++;
                if (development.contains(e.getKey())) {
                    shown.append(' ').append(e.getKey());
                }
            }
        }
        for (String id : golden.keySet()) {
            if (!digests.containsKey(id)) {
                differing++;
            }
        }
        System.out.println(digests.size() + " ids, " + differing + " differ" + (shown.isEmpty() ? "" : "; development:" + shown));
        System.exit(differing == 0 ? 0 : 1);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
