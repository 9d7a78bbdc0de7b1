package fr.vigie.processing.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The labelled evaluation corpus; how cases are labelled is in {@code docs/labelling-guide.md},
 * how a case enters it in {@code docs/analysis-evaluation.md}. Four files, tab-separated, one
 * case a line, {@code #} for comments, {@code \\uXXXX} escapes in the text:
 * <ul>
 * <li>{@code analysis/evaluation.tsv}, the first corpus (family {@code BASE}), 8 columns:
 * {@code id  twin  band  benign  concern  phones  tags  text};</li>
 * <li>{@code analysis/families.tsv}, written blind to the engine by another writer,
 * {@code analysis/own-cases.tsv}, cases the engine's engineers add for a family (ids
 * {@code DEV-…}, always in the development part), and {@code analysis/families-2.tsv}, written
 * blind to the engine and to the other three files by a third writer (ids {@code G…}), and
 * {@code analysis/families-3.tsv}, written blind to the engine by a fourth writer after the second
 * round of tuning (ids {@code H…}), and {@code analysis/families-4.tsv}, written blind to the engine by
 * a fifth writer after the third round (ids {@code K…}), and {@code analysis/families-5.tsv}, written blind to the
 * engine by a sixth writer after the fourth round (ids {@code M…}), and {@code analysis/families-6.tsv}, written blind
 * to the engine by a seventh writer after the eighth round (ids {@code N…}), and {@code analysis/families-7.tsv},
 * written blind to the engine by an eighth writer during the tenth round (ids {@code Q…}), and
 * {@code analysis/families-8.tsv}, written blind to the engine by a ninth writer during the eleventh round (ids
 * {@code R…}), and {@code analysis/families-9.tsv}, written blind to the engine by a tenth writer during the twelfth
 * round (ids {@code S…}), and {@code analysis/families-10.tsv}, written blind to the engine by an eleventh writer during the
 * thirteenth round (ids {@code T…}), and {@code analysis/families-11.tsv}, written blind by a twelfth writer at the end of
 * the thirteenth round (ids {@code U…}), and {@code analysis/families-12.tsv}, written blind by a thirteenth writer in
 * the fifteenth round (ids {@code V…}), and {@code analysis/families-13.tsv}, written blind by a fourteenth writer in the
 * seventeenth round (ids {@code W…}), and {@code analysis/families-14.tsv}, written blind by a fifteenth writer at the same
 * time (ids {@code X…}), and {@code analysis/families-15.tsv} and {@code analysis/families-16.tsv}, written blind by a
 * sixteenth and a seventeenth writer later in that round (ids {@code Y…}, {@code Z…}), and {@code analysis/families-17.tsv},
 * written blind by an eighteenth writer at its end (ids {@code A1…}), and {@code analysis/families-18.tsv}, by a
 * nineteenth writer at the same time (ids {@code B1…}), and {@code analysis/families-19.tsv}, by a twentieth writer last
 * (ids {@code C1…}), and {@code analysis/families-20.tsv} and {@code analysis/families-21.tsv}, by a twenty-first and a
 * twenty-second writer in the eighteenth round (ids {@code D1…}, {@code E1…}), and {@code analysis/families-22.tsv} and
 * {@code analysis/families-23.tsv}, by a twenty-third and a twenty-fourth writer later in that round (ids {@code F1…},
 * {@code G1…}), and {@code analysis/families-24.tsv} and {@code analysis/families-25.tsv}, by a twenty-fifth and a
 * twenty-sixth writer in the nineteenth round (ids {@code H1…}, {@code I1…}), and {@code analysis/families-26.tsv} and
 * {@code analysis/families-27.tsv}, by a twenty-seventh and a twenty-eighth writer in the twentieth round (ids
 * {@code J1…}, {@code K1…}), and {@code analysis/families-28.tsv} and {@code analysis/families-29.tsv}, by a
 * twenty-ninth and a thirtieth writer in the twenty-first round (ids {@code L1…}, {@code M1…}), and
 * {@code analysis/families-30.tsv} and {@code analysis/families-31.tsv}, by a thirty-first and a thirty-second writer in
 * the twenty-third round (ids {@code N1…}, {@code O1…}), and {@code analysis/families-32.tsv} and
 * {@code analysis/families-33.tsv}, by a thirty-third and a thirty-fourth writer later in that round (ids {@code P1X…},
 * {@code Q1…}), 10 columns:
 * {@code id  family  twin  band  benign  concern  phones  ages  handles  text}.</li>
 * </ul>
 * The first three files are the {@link Corpus#FIRST first corpora} (the engine was shaped on
 * their development part in issue 12, and their sealed part's aggregates were read then); the
 * fourth is the {@link Corpus#SECOND second} (its development part was tuned on in the second
 * round), the fifth the {@link Corpus#THIRD third} (its sealed part was partly read in the third
 * round), the sixth the {@link Corpus#FOURTH fourth} (its development part was tuned on in the fourth round), the
 * seventh the {@link Corpus#FIFTH fifth} (its development part was tuned on in the eighth round), the eighth the
 * {@link Corpus#SIXTH sixth} (its development part was tuned on in the tenth round), the ninth the
 * {@link Corpus#SEVENTH seventh} (measured blind in the tenth round; its development part tuned on in the eleventh),
 * the tenth the {@link Corpus#EIGHTH eighth} (measured blind in the eleventh round; its development part tuned on in
 * the twelfth), the eleventh the {@link Corpus#NINTH ninth} (measured blind in the twelfth round; its development part
 * tuned on in the thirteenth), the twelfth the {@link Corpus#TENTH tenth} (measured blind, then its development part tuned
 * on in the thirteenth round), the thirteenth the {@link Corpus#ELEVENTH eleventh} (measured blind, then its development
 * part tuned on), the fourteenth the {@link Corpus#TWELFTH twelfth} (measured blind, then its development part tuned on),
 * the fifteenth and sixteenth the {@link Corpus#THIRTEENTH thirteenth} and {@link Corpus#FOURTEENTH fourteenth}
 * (measured blind, then their development parts tuned on), the seventeenth the {@link Corpus#FIFTEENTH fifteenth}
 * (measured blind, then its development part tuned on), the eighteenth the {@link Corpus#SIXTEENTH sixteenth} (likewise),
 * the nineteenth and twentieth the {@link Corpus#SEVENTEENTH seventeenth} and {@link Corpus#EIGHTEENTH eighteenth}
 * (measured blind, then their development parts tuned on), the twenty-first the {@link Corpus#NINETEENTH nineteenth}
 * (likewise), the twenty-second and twenty-third the {@link Corpus#TWENTIETH twentieth} and
 * {@link Corpus#TWENTY_FIRST twenty-first} (measured blind in the eighteenth round, then their development parts tuned
 * on), the twenty-fourth and twenty-fifth the {@link Corpus#TWENTY_SECOND twenty-second} and
 * {@link Corpus#TWENTY_THIRD twenty-third}, measured blind at that round's end, and the twenty-sixth and twenty-seventh
 * the {@link Corpus#TWENTY_FOURTH twenty-fourth} and {@link Corpus#TWENTY_FIFTH twenty-fifth}, measured blind in the
 * nineteenth round, and the twenty-seventh and twenty-eighth the {@link Corpus#TWENTY_SIXTH twenty-sixth} and
 * {@link Corpus#TWENTY_SEVENTH twenty-seventh}, measured blind in the twentieth, and the twenty-ninth and thirtieth the
 * {@link Corpus#TWENTY_EIGHTH twenty-eighth} and {@link Corpus#TWENTY_NINTH twenty-ninth}, measured blind in the
 * twenty-first, and the thirty-first and thirty-second the {@link Corpus#THIRTIETH thirtieth} and
 * {@link Corpus#THIRTY_FIRST thirty-first}, measured blind in the twenty-third, and the thirty-third and thirty-fourth the
 * {@link Corpus#THIRTY_SECOND thirty-second} and {@link Corpus#THIRTY_THIRD thirty-third}, measured blind later in it.
 * {@code twin} is the id of the plain case this one disguises ({@code -} for a plain case),
 * {@code benign} {@code yes} or {@code no}, {@code concern} the reporter's concern ({@code -} for
 * none), {@code phones} the E.164 numbers the text shows, {@code ages} the present ages of the
 * people offered or presented, {@code handles} the contact handles really shown (all three
 * comma-separated, {@code -} for none). The first corpus has no ages or handles column: those
 * figures are not measured on it.
 */
record EvaluationCorpus(List<Case> cases) {

    static final String RESOURCE = "/analysis/evaluation.tsv";
    static final String FAMILIES = "/analysis/families.tsv";
    static final String OWN_CASES = "/analysis/own-cases.tsv";
    static final String FAMILIES_2 = "/analysis/families-2.tsv";
    static final String FAMILIES_3 = "/analysis/families-3.tsv";
    static final String FAMILIES_4 = "/analysis/families-4.tsv";
    static final String FAMILIES_5 = "/analysis/families-5.tsv";
    static final String FAMILIES_6 = "/analysis/families-6.tsv";
    static final String FAMILIES_7 = "/analysis/families-7.tsv";
    static final String FAMILIES_8 = "/analysis/families-8.tsv";
    static final String FAMILIES_9 = "/analysis/families-9.tsv";
    static final String FAMILIES_10 = "/analysis/families-10.tsv";
    static final String FAMILIES_11 = "/analysis/families-11.tsv";
    static final String FAMILIES_12 = "/analysis/families-12.tsv";
    static final String FAMILIES_13 = "/analysis/families-13.tsv";
    static final String FAMILIES_14 = "/analysis/families-14.tsv";
    static final String FAMILIES_15 = "/analysis/families-15.tsv";
    static final String FAMILIES_16 = "/analysis/families-16.tsv";
    static final String FAMILIES_17 = "/analysis/families-17.tsv";
    static final String FAMILIES_18 = "/analysis/families-18.tsv";
    static final String FAMILIES_19 = "/analysis/families-19.tsv";
    static final String FAMILIES_20 = "/analysis/families-20.tsv";
    static final String FAMILIES_21 = "/analysis/families-21.tsv";
    static final String FAMILIES_22 = "/analysis/families-22.tsv";
    static final String FAMILIES_23 = "/analysis/families-23.tsv";
    static final String FAMILIES_24 = "/analysis/families-24.tsv";
    static final String FAMILIES_25 = "/analysis/families-25.tsv";
    static final String FAMILIES_26 = "/analysis/families-26.tsv";
    static final String FAMILIES_27 = "/analysis/families-27.tsv";
    static final String FAMILIES_28 = "/analysis/families-28.tsv";
    static final String FAMILIES_29 = "/analysis/families-29.tsv";
    static final String FAMILIES_30 = "/analysis/families-30.tsv";
    static final String FAMILIES_31 = "/analysis/families-31.tsv";
    static final String FAMILIES_32 = "/analysis/families-32.tsv";
    static final String FAMILIES_33 = "/analysis/families-33.tsv";
    static final String BASE_FAMILY = "BASE";
    private static final Pattern ESCAPE = Pattern.compile("\\\\u([0-9a-fA-F]{4})");

    /** Which writing round a case comes from: its figures are printed apart (docs/analysis-evaluation.md). */
    enum Corpus {
        /** {@code evaluation.tsv}, {@code families.tsv}, {@code own-cases.tsv}: the engine was tuned on their development part. */
        FIRST("first corpora (evaluation, families, own-cases)", Evaluation.OBSERVED),
        /** {@code families-2.tsv}: written blind to the engine and to the first corpora. */
        SECOND("second family corpus (families-2)", Evaluation.OBSERVED),
        /** {@code families-3.tsv}: written blind to the engine and to the first two rounds' tuning (issue 12, third round). */
        THIRD("third family corpus (families-3)", Evaluation.OBSERVED),
        /** {@code families-4.tsv}: written blind to the engine after the third round (issue 12, fourth measure). */
        FOURTH("fourth family corpus (families-4)", java.time.Instant.parse("2026-12-02T21:14:00Z")),
        /** {@code families-5.tsv}: written blind to the engine after the fourth round (issue 12, sixth measure). */
        FIFTH("fifth family corpus (families-5)", java.time.Instant.parse("2026-12-03T12:00:00Z")),
        /** {@code families-6.tsv}: written blind to the engine after the eighth round (issue 12, ninth measure). */
        SIXTH("sixth family corpus (families-6)", java.time.Instant.parse("2026-12-03T12:00:00Z")),
        /** {@code families-7.tsv}: written blind to the engine during the tenth round (issue 12, tenth measure). */
        SEVENTH("seventh family corpus (families-7)", java.time.Instant.parse("2026-12-04T12:00:00Z")),
        /** {@code families-8.tsv}: written blind to the engine during the eleventh round (issue 12, eleventh measure). */
        EIGHTH("eighth family corpus (families-8)", java.time.Instant.parse("2026-12-05T12:00:00Z")),
        /** {@code families-9.tsv}: written blind to the engine during the twelfth round (issue 12, twelfth measure). */
        NINTH("ninth family corpus (families-9)", java.time.Instant.parse("2026-12-06T12:00:00Z")),
        /** {@code families-10.tsv}: written blind to the engine during the thirteenth round (issue 12, thirteenth measure). */
        TENTH("tenth family corpus (families-10)", java.time.Instant.parse("2026-12-07T12:00:00Z")),
        /** {@code families-11.tsv}: written blind to the engine at the end of the thirteenth round (fourteenth measure). */
        ELEVENTH("eleventh family corpus (families-11)", java.time.Instant.parse("2026-12-08T12:00:00Z")),
        /** {@code families-12.tsv}: written blind to the engine during the fifteenth round (fifteenth measure). */
        TWELFTH("twelfth family corpus (families-12)", java.time.Instant.parse("2026-12-09T12:00:00Z")),
        /** {@code families-13.tsv}: written blind to the engine during the seventeenth round (sixteenth measure). */
        THIRTEENTH("thirteenth family corpus (families-13)", java.time.Instant.parse("2026-12-10T12:00:00Z")),
        /** {@code families-14.tsv}: written blind to the engine during the seventeenth round (sixteenth measure). */
        FOURTEENTH("fourteenth family corpus (families-14)", java.time.Instant.parse("2026-12-11T12:00:00Z")),
        /** {@code families-15.tsv}: written blind to the engine late in the seventeenth round (seventeenth measure). */
        FIFTEENTH("fifteenth family corpus (families-15)", java.time.Instant.parse("2026-12-12T12:00:00Z")),
        /** {@code families-16.tsv}: written blind to the engine late in the seventeenth round (eighteenth measure). */
        SIXTEENTH("sixteenth family corpus (families-16)", java.time.Instant.parse("2026-12-13T12:00:00Z")),
        /** {@code families-17.tsv}: written blind to the engine at the end of the seventeenth round (nineteenth measure). */
        SEVENTEENTH("seventeenth family corpus (families-17)", java.time.Instant.parse("2026-12-14T12:00:00Z")),
        /** {@code families-18.tsv}: written blind to the engine at the end of the seventeenth round (nineteenth measure). */
        EIGHTEENTH("eighteenth family corpus (families-18)", java.time.Instant.parse("2026-12-15T12:00:00Z")),
        /** {@code families-19.tsv}: written blind to the engine last in the seventeenth round (twentieth measure). */
        NINETEENTH("nineteenth family corpus (families-19)", java.time.Instant.parse("2026-12-16T12:00:00Z")),
        /** {@code families-20.tsv}: written blind to the engine in the eighteenth round (twenty-first measure), several people per text. */
        TWENTIETH("twentieth family corpus (families-20)", java.time.Instant.parse("2026-12-17T12:00:00Z")),
        /** {@code families-21.tsv}: written blind to the engine in the eighteenth round (twenty-first measure), young people's registers. */
        TWENTY_FIRST("twenty-first family corpus (families-21)", java.time.Instant.parse("2026-12-18T12:00:00Z")),
        /** {@code families-22.tsv}: written blind at the eighteenth round's end (twenty-second measure), platforms' formats. */
        TWENTY_SECOND("twenty-second family corpus (families-22)", java.time.Instant.parse("2026-12-19T12:00:00Z")),
        /** {@code families-23.tsv}: written blind at the same time (twenty-second measure), the adults around the minor. */
        TWENTY_THIRD("twenty-third family corpus (families-23)", java.time.Instant.parse("2026-12-20T12:00:00Z")),
        /** {@code families-24.tsv}: written blind in the nineteenth round (twenty-third measure), a broad plain sample. */
        TWENTY_FOURTH("twenty-fourth family corpus (families-24)", java.time.Instant.parse("2026-12-21T12:00:00Z")),
        /** {@code families-25.tsv}: written blind in the nineteenth round (twenty-third measure), ages and times at the boundary. */
        TWENTY_FIFTH("twenty-fifth family corpus (families-25)", java.time.Instant.parse("2026-12-22T12:00:00Z")),
        /** {@code families-26.tsv}: written blind in the twentieth round (twenty-fourth measure), French far from the standard. */
        TWENTY_SIXTH("twenty-sixth family corpus (families-26)", java.time.Instant.parse("2026-12-23T12:00:00Z")),
        /** {@code families-27.tsv}: written blind in the twentieth round (twenty-fourth measure), as partners' moderators forward reports. */
        TWENTY_SEVENTH("twenty-seventh family corpus (families-27)", java.time.Instant.parse("2026-12-24T12:00:00Z")),
        /** {@code families-28.tsv}: written blind in the twenty-first round (twenty-fifth measure), French of Belgium, Switzerland, Québec, the overseas departments, and with Darija. */
        TWENTY_EIGHTH("twenty-eighth family corpus (families-28)", java.time.Instant.parse("2026-12-26T12:00:00Z")),
        /** {@code families-29.tsv}: written blind in the twenty-first round (twenty-fifth measure), texts after OCR or a hurried copy-paste. */
        TWENTY_NINTH("twenty-ninth family corpus (families-29)", java.time.Instant.parse("2026-12-27T12:00:00Z")),
        /** {@code families-30.tsv}: written blind in the twenty-third round (twenty-sixth measure), very short intake lines and terse partner payloads. */
        THIRTIETH("thirtieth family corpus (families-30)", java.time.Instant.parse("2026-12-28T12:00:00Z")),
        /** {@code families-31.tsv}: written blind in the twenty-third round (twenty-sixth measure), speech written down: voice notes, calls, speech-to-text. */
        THIRTY_FIRST("thirty-first family corpus (families-31)", java.time.Instant.parse("2026-12-29T12:00:00Z")),
        /** {@code families-32.tsv}: written blind in the twenty-third round (twenty-seventh measure), forums, Q&A sites and comment threads. */
        THIRTY_SECOND("thirty-second family corpus (families-32)", java.time.Instant.parse("2026-12-30T12:00:00Z")),
        /** {@code families-33.tsv}: written blind in the twenty-third round (twenty-seventh measure), bios, captions and stories with emoji and symbols. */
        THIRTY_THIRD("thirty-third family corpus (families-33)", java.time.Instant.parse("2026-12-31T12:00:00Z"));

        final String description;
        /** The day its writer labelled present ages for (a birth date gives a different age a week later). */
        final java.time.Instant observed;

        Corpus(String description, java.time.Instant observed) {
            this.description = description;
            this.observed = observed;
        }
    }

    /**
     * @param ages    null where the corpus does not label ages (the first corpus)
     * @param handles null where the corpus does not label handles
     */
    record Case(String id, Corpus corpus, String family, String twinOf, Band band, boolean benign, String concern,
            List<String> phones, List<Integer> ages, List<String> handles, List<String> tags, String text) {

        boolean isObfuscatedTwin() {
            return twinOf != null;
        }

        CorpusPart part() {
            return CorpusPart.of(id, twinOf);
        }
    }

    /** All twenty-four files. */
    static EvaluationCorpus load() {
        var cases = new ArrayList<>(parse(read(RESOURCE)));
        cases.addAll(parseFamilies(read(FAMILIES), Corpus.FIRST));
        String own = readIfPresent(OWN_CASES);
        if (own != null) {
            for (Case c : parseFamilies(own, Corpus.FIRST)) {
                if (!c.id().startsWith(CorpusPart.OWN_CASE_PREFIX)) {
                    throw new IllegalArgumentException(OWN_CASES + ": case " + c.id() + " must have an id starting with "
                            + CorpusPart.OWN_CASE_PREFIX);
                }
                cases.add(c);
            }
        }
        cases.addAll(parseFamilies(read(FAMILIES_2), Corpus.SECOND));
        cases.addAll(parseFamilies(read(FAMILIES_3), Corpus.THIRD));
        cases.addAll(parseFamilies(read(FAMILIES_4), Corpus.FOURTH));
        cases.addAll(parseFamilies(read(FAMILIES_5), Corpus.FIFTH));
        cases.addAll(parseFamilies(read(FAMILIES_6), Corpus.SIXTH));
        cases.addAll(parseFamilies(read(FAMILIES_7), Corpus.SEVENTH));
        cases.addAll(parseFamilies(read(FAMILIES_8), Corpus.EIGHTH));
        cases.addAll(parseFamilies(read(FAMILIES_9), Corpus.NINTH));
        cases.addAll(parseFamilies(read(FAMILIES_10), Corpus.TENTH));
        cases.addAll(parseFamilies(read(FAMILIES_11), Corpus.ELEVENTH));
        cases.addAll(parseFamilies(read(FAMILIES_12), Corpus.TWELFTH));
        cases.addAll(parseFamilies(read(FAMILIES_13), Corpus.THIRTEENTH));
        cases.addAll(parseFamilies(read(FAMILIES_14), Corpus.FOURTEENTH));
        cases.addAll(parseFamilies(read(FAMILIES_15), Corpus.FIFTEENTH));
        cases.addAll(parseFamilies(read(FAMILIES_16), Corpus.SIXTEENTH));
        cases.addAll(parseFamilies(read(FAMILIES_17), Corpus.SEVENTEENTH));
        cases.addAll(parseFamilies(read(FAMILIES_18), Corpus.EIGHTEENTH));
        cases.addAll(parseFamilies(read(FAMILIES_19), Corpus.NINETEENTH));
        cases.addAll(parseFamilies(read(FAMILIES_20), Corpus.TWENTIETH));
        cases.addAll(parseFamilies(read(FAMILIES_21), Corpus.TWENTY_FIRST));
        cases.addAll(parseFamilies(read(FAMILIES_22), Corpus.TWENTY_SECOND));
        cases.addAll(parseFamilies(read(FAMILIES_23), Corpus.TWENTY_THIRD));
        cases.addAll(parseFamilies(read(FAMILIES_24), Corpus.TWENTY_FOURTH));
        cases.addAll(parseFamilies(read(FAMILIES_25), Corpus.TWENTY_FIFTH));
        cases.addAll(parseFamilies(read(FAMILIES_26), Corpus.TWENTY_SIXTH));
        cases.addAll(parseFamilies(read(FAMILIES_27), Corpus.TWENTY_SEVENTH));
        cases.addAll(parseFamilies(read(FAMILIES_28), Corpus.TWENTY_EIGHTH));
        cases.addAll(parseFamilies(read(FAMILIES_29), Corpus.TWENTY_NINTH));
        cases.addAll(parseFamilies(read(FAMILIES_30), Corpus.THIRTIETH));
        cases.addAll(parseFamilies(read(FAMILIES_31), Corpus.THIRTY_FIRST));
        cases.addAll(parseFamilies(read(FAMILIES_32), Corpus.THIRTY_SECOND));
        cases.addAll(parseFamilies(read(FAMILIES_33), Corpus.THIRTY_THIRD));
        return new EvaluationCorpus(List.copyOf(cases));
    }

    /** The first corpus's format (family BASE, no ages or handles). */
    static List<Case> parse(String tsv) {
        var cases = new ArrayList<Case>();
        forEachLine(tsv, 8, (f, line) -> cases.add(new Case(f[0], Corpus.FIRST, BASE_FAMILY, dash(f[1]), Band.valueOf(f[2]),
                benign(f[3], line), dash(f[4]), list(f[5]), null, null, list(f[6]), unescape(f[7]))));
        return cases;
    }

    /** The family corpora's format. */
    static List<Case> parseFamilies(String tsv, Corpus corpus) {
        var cases = new ArrayList<Case>();
        forEachLine(tsv, 10, (f, line) -> cases.add(new Case(f[0], corpus, f[1], dash(f[2]), Band.valueOf(f[3]),
                benign(f[4], line), dash(f[5]), list(f[6]), list(f[7]).stream().map(Integer::valueOf).toList(),
                list(f[8]).stream().map(h -> h.toLowerCase(Locale.ROOT)).toList(), List.of(), unescape(f[9]))));
        return cases;
    }

    private interface LineReader {
        void read(String[] fields, int lineNumber);
    }

    private static void forEachLine(String tsv, int columns, LineReader reader) {
        int lineNumber = 0;
        for (String line : tsv.split("\n")) {
            lineNumber++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != columns) {
                throw new IllegalArgumentException("line " + lineNumber + ": " + columns
                        + " tab-separated fields expected, got " + f.length);
            }
            reader.read(f, lineNumber);
        }
    }

    private static boolean benign(String field, int lineNumber) {
        if (!field.equals("yes") && !field.equals("no")) {
            throw new IllegalArgumentException("line " + lineNumber + ": benign must be yes or no");
        }
        return field.equals("yes");
    }

    private static String read(String resource) {
        String text = readIfPresent(resource);
        if (text == null) {
            throw new IllegalStateException(resource + " is missing from the test classpath");
        }
        return text;
    }

    private static String readIfPresent(String resource) {
        try (InputStream in = EvaluationCorpus.class.getResourceAsStream(resource)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
