package fr.vigie.processing.analysis;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Runs the analyser over the labelled evaluation corpus and measures it: P1 recall and
 * precision, the band confusion matrix, phone-extraction precision and recall, how often a
 * benign report lands in P1, and obfuscated twins that land in another band than their plain
 * twin. {@link #main} prints the report (command in docs/analysis-evaluation.md);
 * {@link EvaluationThresholdTest} holds the figures to their thresholds.
 */
public final class Evaluation {

    /** Every case is analysed as if seen at this instant (birth years are counted from it). */
    static final Instant OBSERVED = Instant.parse("2026-11-27T21:14:00Z");

    /** One case's outcome. */
    record Outcome(EvaluationCorpus.Case expected, Analysis actual) {
        Band band() {
            return actual.band();
        }
    }

    /** A twin that did not land in its plain twin's band. */
    record TwinDisagreement(EvaluationCorpus.Case plain, Band plainBand, EvaluationCorpus.Case twin, Band twinBand) {
    }

    /** All the figures. {@code confusion[expected][actual]}, bands in P1..P4 order. */
    record Result(List<Outcome> outcomes, int[][] confusion, double p1Recall, double p1Precision, int phoneTruePositives,
            int phonesFound, int phonesExpected, int benign, int benignInP1, List<TwinDisagreement> twinDisagreements,
            int twins, Set<String> rulesNeverFired) {

        double phonePrecision() {
            return phonesFound == 0 ? 1.0 : (double) phoneTruePositives / phonesFound;
        }

        double phoneRecall() {
            return phonesExpected == 0 ? 1.0 : (double) phoneTruePositives / phonesExpected;
        }

        double benignP1Rate() {
            return benign == 0 ? 0.0 : (double) benignInP1 / benign;
        }

        List<Outcome> misbanded() {
            return outcomes.stream().filter(o -> o.band() != o.expected().band()).toList();
        }
    }

    private Evaluation() {
    }

    static Result run(EvaluationCorpus corpus, ReportAnalyser analyser, RuleSet rules) {
        var outcomes = new ArrayList<Outcome>();
        var byId = new HashMap<String, Outcome>();
        int[][] confusion = new int[4][4];
        int tp = 0;
        int found = 0;
        int expectedPhones = 0;
        int benign = 0;
        int benignInP1 = 0;
        var fired = new HashSet<String>();
        for (var c : corpus.cases()) {
            var analysis = analyser.analyse(c.text(), c.concern(), OBSERVED);
            var outcome = new Outcome(c, analysis);
            outcomes.add(outcome);
            if (byId.put(c.id(), outcome) != null) {
                throw new IllegalArgumentException("duplicate case id " + c.id());
            }
            confusion[c.band().ordinal()][analysis.band().ordinal()]++;
            var phones = new HashSet<>(analysis.entities().phones());
            found += phones.size();
            expectedPhones += c.phones().size();
            for (String phone : c.phones()) {
                if (phones.contains(phone)) {
                    tp++;
                }
            }
            if (c.benign()) {
                benign++;
                if (analysis.band() == Band.P1) {
                    benignInP1++;
                }
            }
            analysis.signals().forEach(s -> fired.add(s.code()));
        }
        var disagreements = new ArrayList<TwinDisagreement>();
        int twins = 0;
        for (var outcome : outcomes) {
            var c = outcome.expected();
            if (!c.isObfuscatedTwin()) {
                continue;
            }
            twins++;
            var plain = byId.get(c.twinOf());
            if (plain == null) {
                throw new IllegalArgumentException(c.id() + " is the twin of unknown case " + c.twinOf());
            }
            if (plain.expected().band() != c.band()) {
                throw new IllegalArgumentException(c.id() + " is labelled " + c.band() + " but its plain twin "
                        + plain.expected().id() + " is labelled " + plain.expected().band());
            }
            if (plain.band() != outcome.band()) {
                disagreements.add(new TwinDisagreement(plain.expected(), plain.band(), c, outcome.band()));
            }
        }
        int p1 = Band.P1.ordinal();
        int expectedP1 = 0;
        int actualP1 = 0;
        for (int b = 0; b < 4; b++) {
            expectedP1 += confusion[p1][b];
            actualP1 += confusion[b][p1];
        }
        double recall = expectedP1 == 0 ? 1.0 : (double) confusion[p1][p1] / expectedP1;
        double precision = actualP1 == 0 ? 1.0 : (double) confusion[p1][p1] / actualP1;
        var neverFired = new TreeSet<String>();
        rules.rules().forEach(r -> neverFired.add(r.code()));
        neverFired.removeAll(fired);
        return new Result(List.copyOf(outcomes), confusion, recall, precision, tp, found, expectedPhones, benign,
                benignInP1, List.copyOf(disagreements), twins, neverFired);
    }

    static Result runDefaults() {
        var rules = RuleSet.defaults();
        return run(EvaluationCorpus.load(), new ReportAnalyser(rules), rules);
    }

    public static void main(String[] args) {
        boolean verbose = List.of(args).contains("--verbose");
        var r = runDefaults();
        var out = System.out;
        out.printf(Locale.ROOT, "Evaluation corpus %s: %d cases (%d obfuscated twins, %d benign), rules %s%n",
                EvaluationCorpus.RESOURCE, r.outcomes().size(), r.twins(), r.benign(), RuleSet.defaults().version());
        out.println();
        out.printf(Locale.ROOT, "P1 recall            %.3f  (%d / %d)%n", r.p1Recall(), r.confusion()[0][0], rowSum(r, 0));
        out.printf(Locale.ROOT, "P1 precision         %.3f  (%d / %d)%n", r.p1Precision(), r.confusion()[0][0], colSum(r, 0));
        out.printf(Locale.ROOT, "benign -> P1         %.3f  (%d / %d)%n", r.benignP1Rate(), r.benignInP1(), r.benign());
        out.printf(Locale.ROOT, "phone precision      %.3f  (%d / %d found)%n", r.phonePrecision(), r.phoneTruePositives(),
                r.phonesFound());
        out.printf(Locale.ROOT, "phone recall         %.3f  (%d / %d expected)%n", r.phoneRecall(), r.phoneTruePositives(),
                r.phonesExpected());
        out.printf(Locale.ROOT, "twin disagreements   %d / %d%n", r.twinDisagreements().size(), r.twins());
        int agree = 0;
        for (int b = 0; b < 4; b++) {
            agree += r.confusion()[b][b];
        }
        out.printf(Locale.ROOT, "band accuracy        %.3f  (%d / %d)%n", (double) agree / r.outcomes().size(), agree,
                r.outcomes().size());
        out.println();
        out.println("Confusion matrix (rows: expected band, columns: band given)");
        out.println("          P1    P2    P3    P4");
        for (Band expected : Band.values()) {
            out.printf(Locale.ROOT, "  %s  %5d %5d %5d %5d%n", expected, r.confusion()[expected.ordinal()][0],
                    r.confusion()[expected.ordinal()][1], r.confusion()[expected.ordinal()][2],
                    r.confusion()[expected.ordinal()][3]);
        }
        out.println();
        if (!r.twinDisagreements().isEmpty()) {
            out.println("Twin disagreements:");
            for (var d : r.twinDisagreements()) {
                out.printf("  %s (%s) vs %s (%s): %s%n", d.plain().id(), d.plainBand(), d.twin().id(), d.twinBand(),
                        printable(d.twin().text()));
            }
            out.println();
        }
        out.println("Rules that never fired on the corpus: " + (r.rulesNeverFired().isEmpty() ? "none" : r.rulesNeverFired()));
        var misbanded = r.misbanded();
        out.println();
        out.printf("Cases in another band than labelled: %d%n", misbanded.size());
        for (var o : verbose ? misbanded : misbanded.stream().filter(o -> o.expected().band() == Band.P1
                || o.band() == Band.P1).toList()) {
            out.printf("  %s expected %s got %s %s: %s%n", o.expected().id(), o.expected().band(), o.band(),
                    o.actual().signals().stream().map(FiredSignal::code).toList(), printable(o.expected().text()));
        }
        if (!verbose) {
            out.println("  (those touching P1 only; --verbose lists all)");
        }
        var phoneMisses = new ArrayList<String>();
        for (var o : r.outcomes()) {
            var expected = new TreeSet<>(o.expected().phones());
            var actual = new TreeSet<>(o.actual().entities().phones());
            if (!expected.equals(actual)) {
                phoneMisses.add(String.format("  %s expected %s got %s: %s", o.expected().id(), expected, actual,
                        printable(o.expected().text())));
            }
        }
        if (!phoneMisses.isEmpty()) {
            out.println();
            out.println("Phone extraction differences:");
            phoneMisses.forEach(out::println);
        }
    }

    private static int rowSum(Result r, int row) {
        int s = 0;
        for (int b = 0; b < 4; b++) {
            s += r.confusion()[row][b];
        }
        return s;
    }

    private static int colSum(Result r, int col) {
        int s = 0;
        for (int b = 0; b < 4; b++) {
            s += r.confusion()[b][col];
        }
        return s;
    }

    /** Invisible characters shown as escapes, as in the corpus file. */
    private static String printable(String text) {
        var out = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (NormalisedText.isInvisible(cp) || Character.isISOControl(cp)) {
                out.append(String.format("\\u%04x", cp));
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }
}
