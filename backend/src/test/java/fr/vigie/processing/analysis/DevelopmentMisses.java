package fr.vigie.processing.analysis;

import java.util.List;
import java.util.TreeSet;

/**
 * The development part's failures of one corpus, one a line, for tuning (docs/analysis-evaluation.md).
 * Only development cases are ever printed: a sealed case is filtered out before anything is read
 * of it, so this listing can be used while tuning without opening the sealed part.
 * Argument: the corpus ({@code FIFTH} by default).
 */
final class DevelopmentMisses {

    private DevelopmentMisses() {
    }

    public static void main(String[] args) {
        var corpus = EvaluationCorpus.Corpus.valueOf(args.length > 0 ? args[0] : "FIFTH");
        var result = Evaluation.runDefaults();
        List<Evaluation.Outcome> dev = result.in(CorpusPart.DEVELOPMENT, corpus);
        for (var o : dev) {
            var c = o.expected();
            boolean band = o.band() != c.band();
            boolean twin = c.isObfuscatedTwin() && result.plainOf(o).band() != o.band();
            boolean ages = c.ages() != null && !c.benign() && !o.ages().containsAll(c.ages());
            boolean phones = !new TreeSet<>(c.phones()).equals(new TreeSet<>(o.actual().entities().phones()));
            boolean handles = c.handles() != null
                    && !new TreeSet<>(c.handles()).equals(new TreeSet<>(o.actual().entities().handles()));
            if (!(band || twin || ages || phones || handles)) {
                continue;
            }
            System.out.printf("%s %s %s%s%s%s%s exp %s got %s ages %s/%s phones %s/%s handles %s/%s %s%n  %s%n",
                    c.family(), c.id(), band ? "B" : "", twin ? "T" : "", ages ? "A" : "", phones ? "P" : "",
                    handles ? "H" : "", c.band(), o.band(), c.ages(), new TreeSet<>(o.ages()), c.phones(),
                    o.actual().entities().phones(), c.handles(), o.actual().entities().handles(),
                    o.actual().signals().stream().map(FiredSignal::code).toList(), EvaluationReport.printable(c.text()));
        }
        for (var k : EvaluationCorpus.Corpus.values()) {
            var f = result.figures(CorpusPart.DEVELOPMENT, k);
            System.out.printf(java.util.Locale.ROOT,
                    "DEV %-6s P1 recall %.3f (%d/%d) precision %.3f benign->P1 %.3f (%d/%d) twins %.3f (%d/%d) ages %.3f (%d/%d) phones %.3f (%d/%d) false %d bands %.3f%n",
                    k, f.p1Recall(), f.p1Right(), f.expected(Band.P1), f.p1Precision(), f.benignP1Rate(), f.benignInP1(),
                    f.benign(), f.twinAgreement(), f.twinsAgreeing(), f.twins(), f.agesFoundRate(), f.agesFound(),
                    f.agesExpected(), f.phonesFoundRate(), f.phonesFound(), f.phonesExpected(), f.falsePhones(),
                    f.bandAccuracy());
        }
    }
}
