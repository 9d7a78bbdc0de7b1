package fr.vigie.processing.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The synthetic corpus ({@code analysis/corpus.tsv}): each text gets its band, and the key
 * signals fire on the expected words of the ORIGINAL text (evidence is checked as a substring
 * of the original at the reported offsets).
 */
class CorpusTest {

    static final Instant OBSERVED = Instant.parse("2026-11-27T21:14:00Z");
    private static final ReportAnalyser ANALYSER = ReportAnalyser.withDefaultRules();
    private static final Pattern ESCAPE = Pattern.compile("\\\\u([0-9a-fA-F]{4})");

    record Case(Band band, String concern, List<String> expectations, String text) {
    }

    static Stream<Arguments> corpus() throws IOException {
        var cases = new ArrayList<Arguments>();
        try (InputStream in = CorpusTest.class.getResourceAsStream("/analysis/corpus.tsv")) {
            String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (String line : all.split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                var expectations = f[2].isBlank() ? List.<String>of() : List.of(unescape(f[2]).split(";"));
                var c = new Case(Band.valueOf(f[0]), f[1].equals("-") ? null : f[1], expectations, unescape(f[3]));
                cases.add(Arguments.of(Named.of(c.band() + " " + f[3], c)));
            }
        }
        assertThat(cases).hasSizeGreaterThanOrEqualTo(40);
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void bandAndEvidence(Case c) {
        var analysis = ANALYSER.analyse(c.text(), c.concern(), OBSERVED);

        assertThat(analysis.band()).as("band of %s, signals %s", c.text(), analysis.signals()).isEqualTo(c.band());
        for (String expectation : c.expectations()) {
            String[] codeAndEvidence = expectation.split("=", 2);
            var signal = analysis.signals().stream().filter(s -> s.code().equals(codeAndEvidence[0])).findFirst();
            assertThat(signal).as("signal %s in %s", codeAndEvidence[0], analysis.signals()).isPresent();
            if (codeAndEvidence.length == 2) {
                assertThat(signal.get().evidence()).extracting(Evidence::text).contains(codeAndEvidence[1]);
            }
        }
        for (var signal : analysis.signals()) {
            for (var evidence : signal.evidence()) {
                assertThat(c.text().substring(evidence.start(), evidence.end())).isEqualTo(evidence.text());
            }
        }
    }

    private static String unescape(String s) {
        Matcher m = ESCAPE.matcher(s);
        var out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
        }
        m.appendTail(out);
        return out.toString();
    }
}
