package fr.vigie.processing.analysis;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * The evaluation as text: for the development part and the sealed part, the overall figures and
 * confusion matrix of all corpora, then of each corpus (the first corpora, the second family
 * corpus) with its per-family table (Markdown, as pasted in docs); the failing cases one by one
 * for the development part only. The sealed part's cases stay unlisted (counts
 * only) unless asked for, which nobody tuning the engine may do.
 */
final class EvaluationReport {

    private final Evaluation.Result result;
    private final PrintStream out;

    EvaluationReport(Evaluation.Result result, PrintStream out) {
        this.result = result;
        this.out = out;
    }

    /**
     * "2026-12-02T21:14:00Z for the fourth corpus, 2026-12-03T12:00:00Z for the fifth and sixth, …": the corpora not seen
     * on {@link Evaluation#OBSERVED}, grouped by their day in file order, named by their description's ordinal.
     */
    static String otherObservationDays() {
        var days = new java.util.LinkedHashMap<java.time.Instant, java.util.List<String>>();
        for (var corpus : EvaluationCorpus.Corpus.values()) {
            if (!corpus.observed.equals(Evaluation.OBSERVED)) {
                days.computeIfAbsent(corpus.observed, d -> new java.util.ArrayList<>()).add(corpus.description.split(" ")[0]);
            }
        }
        var groups = new java.util.ArrayList<String>();
        days.forEach((day, ordinals) -> groups.add(day + " for the " + String.join(" and ", ordinals)
                + (groups.isEmpty() ? " corpus" : "")));
        return String.join(", ", groups);
    }

    void print(boolean showSealed) {
        out.printf(Locale.ROOT, "Evaluation: %d cases (%s), rules %s, as seen on %s (%s)%n",
                result.outcomes().size(), String.join(" ", result.families()), result.rulesVersion(), Evaluation.OBSERVED,
                otherObservationDays());
        out.println("Rules that never fired on the corpus: "
                + (result.rulesNeverFired().isEmpty() ? "none" : result.rulesNeverFired()));
        for (CorpusPart part : CorpusPart.values()) {
            String name = part == CorpusPart.DEVELOPMENT ? "Development" : "Sealed";
            out.println();
            out.printf("=== %s part, all corpora ===%n", name);
            var figures = result.figures(part);
            overall(figures);
            confusion(figures);
            for (var corpus : EvaluationCorpus.Corpus.values()) {
                out.println();
                out.printf("--- %s part, %s ---%n", name, corpus.description);
                var of = result.figures(part, corpus);
                overall(of);
                confusion(of);
                familyTable(part, corpus);
                if (part == CorpusPart.SEALED && !showSealed) {
                    var failures = failures(result.in(part, corpus));
                    out.println();
                    out.printf("Failing cases hidden (sealed): %d in another band than labelled, %d twin disagreements, "
                            + "%d with an age missed, %d with a phone difference, %d with a handle difference%n",
                            count(failures, "band "), count(failures, "twin "), count(failures, "ages "),
                            count(failures, "phones "), count(failures, "handles "));
                }
            }
            if (part == CorpusPart.DEVELOPMENT || showSealed) {
                out.println();
                failures(result.in(part)).forEach(out::println);
            }
        }
    }

    private void overall(EvaluationFigures f) {
        out.printf(Locale.ROOT, "cases                %d%n", f.cases());
        out.printf(Locale.ROOT, "P1 recall            %.3f  (%d / %d)%n", f.p1Recall(), f.p1Right(), f.expected(Band.P1));
        out.printf(Locale.ROOT, "P1 precision         %.3f  (%d / %d)%n", f.p1Precision(), f.p1Right(), f.given(Band.P1));
        out.printf(Locale.ROOT, "benign -> P1         %.3f  (%d / %d)%n", f.benignP1Rate(), f.benignInP1(), f.benign());
        out.printf(Locale.ROOT, "twin agreement       %.3f  (%d / %d)%n", f.twinAgreement(), f.twinsAgreeing(), f.twins());
        out.printf(Locale.ROOT, "stated ages found    %.3f  (%d / %d)%n", f.agesFoundRate(), f.agesFound(), f.agesExpected());
        out.printf(Locale.ROOT, "phones found         %.3f  (%d / %d), false phones %d%n", f.phonesFoundRate(),
                f.phonesFound(), f.phonesExpected(), f.falsePhones());
        out.printf(Locale.ROOT, "handles found        %.3f  (%d / %d), false handles %d%n", f.handlesFoundRate(),
                f.handlesFound(), f.handlesExpected(), f.falseHandles());
        out.printf(Locale.ROOT, "band accuracy        %.3f  (%d / %d)%n", f.bandAccuracy(), f.bandsRight(), f.cases());
    }

    private void confusion(EvaluationFigures f) {
        out.println();
        out.println("Confusion matrix (rows: expected band, columns: band given)");
        out.println("          P1    P2    P3    P4");
        for (Band expected : Band.values()) {
            int[] row = f.confusion()[expected.ordinal()];
            out.printf(Locale.ROOT, "  %s  %5d %5d %5d %5d%n", expected, row[0], row[1], row[2], row[3]);
        }
    }

    private void familyTable(CorpusPart part, EvaluationCorpus.Corpus corpus) {
        out.println();
        out.println("| family | cases | P1 recall | P1 precision | benign → P1 | twins agreeing | ages found | phones found "
                + "| false phones | handles found | false handles | band accuracy |");
        out.println("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        for (String family : result.families(corpus)) {
            row(family, result.figures(part, corpus, family));
        }
        if (result.families(corpus).contains(EvaluationCorpus.BASE_FAMILY)) {
            row("**all but BASE**", result.figuresOutside(part, corpus, EvaluationCorpus.BASE_FAMILY));
        }
        row("**all**", result.figures(part, corpus));
    }

    private void row(String name, EvaluationFigures f) {
        if (f.cases() == 0) {
            return;
        }
        out.printf(Locale.ROOT, "| %s | %d | %s | %s | %s | %s | %s | %s | %d | %s | %d | %s |%n", name, f.cases(),
                share(f.p1Right(), f.expected(Band.P1)), share(f.p1Right(), f.given(Band.P1)),
                share(f.benignInP1(), f.benign()), share(f.twinsAgreeing(), f.twins()),
                share(f.agesFound(), f.agesExpected()), share(f.phonesFound(), f.phonesExpected()), f.falsePhones(),
                share(f.handlesFound(), f.handlesExpected()), f.falseHandles(), share(f.bandsRight(), f.cases()));
    }

    /** "0.95 (19/20)", or "–" when there is nothing to count. */
    private static String share(int part, int whole) {
        return whole == 0 ? "–" : String.format(Locale.ROOT, "%.2f (%d/%d)", (double) part / whole, part, whole);
    }

    /** One line per failure, each starting with its kind ("band ", "twin ", "ages ", "phones ", "handles "). */
    private List<String> failures(List<Evaluation.Outcome> outcomes) {
        var lines = new ArrayList<String>();
        for (var o : outcomes) {
            var c = o.expected();
            if (o.band() != c.band()) {
                lines.add(String.format("band    %s %s expected %s got %s %s: %s", c.id(), c.family(), c.band(), o.band(),
                        o.actual().signals().stream().map(FiredSignal::code).toList(), printable(c.text())));
            }
        }
        for (var o : outcomes) {
            if (o.expected().isObfuscatedTwin() && result.plainOf(o).band() != o.band()) {
                var plain = result.plainOf(o);
                lines.add(String.format("twin    %s (%s) vs plain %s (%s): %s", o.expected().id(), o.band(),
                        plain.expected().id(), plain.band(), printable(o.expected().text())));
            }
        }
        for (var o : outcomes) {
            var c = o.expected();
            if (c.ages() != null && !c.benign() && !o.ages().containsAll(c.ages())) {
                lines.add(String.format("ages    %s %s expected %s got %s: %s", c.id(), c.family(), c.ages(),
                        new TreeSet<>(o.ages()), printable(c.text())));
            }
        }
        for (var o : outcomes) {
            var c = o.expected();
            var expected = new TreeSet<>(c.phones());
            var given = new TreeSet<>(o.actual().entities().phones());
            if (!expected.equals(given)) {
                lines.add(String.format("phones  %s %s expected %s got %s: %s", c.id(), c.family(), expected, given,
                        printable(c.text())));
            }
        }
        for (var o : outcomes) {
            var c = o.expected();
            if (c.handles() != null && !new TreeSet<>(c.handles()).equals(new TreeSet<>(o.actual().entities().handles()))) {
                lines.add(String.format("handles %s %s expected %s got %s: %s", c.id(), c.family(), new TreeSet<>(c.handles()),
                        new TreeSet<>(o.actual().entities().handles()), printable(c.text())));
            }
        }
        return lines;
    }

    private static long count(List<String> failures, String kind) {
        return failures.stream().filter(line -> line.startsWith(kind.strip() + " ")).count();
    }

    /** Invisible characters shown as escapes, as in the corpus files. */
    static String printable(String text) {
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
