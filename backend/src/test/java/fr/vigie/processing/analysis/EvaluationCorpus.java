package fr.vigie.processing.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The labelled evaluation corpus ({@code analysis/evaluation.tsv}); how cases are labelled is in
 * {@code docs/labelling-guide.md}. One case a line, tab-separated:
 * {@code id  twin  band  benign  concern  phones  tags  text} where {@code twin} is the id of the
 * plain case this one disguises ({@code -} for a plain case), {@code benign} is {@code yes} or
 * {@code no}, {@code concern} the reporter's concern ({@code -} for none), {@code phones} the
 * E.164 numbers the text contains, comma-separated ({@code -} for none), {@code tags} what the
 * case covers (obfuscations, look-alike kinds; informative), and {@code text} the report, with
 * {@code \\uXXXX} escapes for invisible or unusual characters.
 */
record EvaluationCorpus(List<Case> cases) {

    static final String RESOURCE = "/analysis/evaluation.tsv";
    private static final Pattern ESCAPE = Pattern.compile("\\\\u([0-9a-fA-F]{4})");

    record Case(String id, String twinOf, Band band, boolean benign, String concern, List<String> phones,
            List<String> tags, String text) {

        boolean isObfuscatedTwin() {
            return twinOf != null;
        }
    }

    static EvaluationCorpus load() {
        try (InputStream in = EvaluationCorpus.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the test classpath");
            }
            return new EvaluationCorpus(parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Case> parse(String tsv) {
        var cases = new ArrayList<Case>();
        int lineNumber = 0;
        for (String line : tsv.split("\n")) {
            lineNumber++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != 8) {
                throw new IllegalArgumentException("line " + lineNumber + ": 8 tab-separated fields expected, got " + f.length);
            }
            if (!f[3].equals("yes") && !f[3].equals("no")) {
                throw new IllegalArgumentException("line " + lineNumber + ": benign must be yes or no");
            }
            cases.add(new Case(f[0], dash(f[1]), Band.valueOf(f[2]), f[3].equals("yes"), dash(f[4]), list(f[5]),
                    list(f[6]), unescape(f[7])));
        }
        return cases;
    }

    private static String dash(String field) {
        return field.equals("-") ? null : field;
    }

    private static List<String> list(String field) {
        return field.equals("-") || field.isBlank() ? List.of() : List.of(field.split(","));
    }

    static String unescape(String s) {
        Matcher m = ESCAPE.matcher(s);
        var out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
        }
        m.appendTail(out);
        return out.toString();
    }
}
