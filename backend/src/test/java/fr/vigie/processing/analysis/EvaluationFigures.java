package fr.vigie.processing.analysis;

import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * The figures of a set of outcomes (a part of the corpus, or a family in it): counts, from which
 * the ratios are derived. {@code confusion[expected][given]}, bands in P1..P4 order. Ages and
 * handles are counted only on cases that label them, ages only on cases that are not benign:
 * "stated ages found" is about the person offered or presented, and the second family corpus
 * lists in benign texts the ages of children a relative speaks of, where the first wrote none.
 * A twin is counted when its plain twin is in the same set (twins follow their plain case's
 * part, so within a part it always is).
 */
record EvaluationFigures(int cases, int[][] confusion, int benign, int benignInP1, int twins, int twinsAgreeing,
        int agesExpected, int agesFound, int phonesExpected, int phonesFound, int falsePhones, int handlesExpected,
        int handlesFound, int falseHandles) {

    static EvaluationFigures of(List<Evaluation.Outcome> outcomes, Map<String, Evaluation.Outcome> byId) {
        int[][] confusion = new int[4][4];
        int benign = 0;
        int benignInP1 = 0;
        int twins = 0;
        int twinsAgreeing = 0;
        int agesExpected = 0;
        int agesFound = 0;
        int phonesExpected = 0;
        int phonesFound = 0;
        int falsePhones = 0;
        int handlesExpected = 0;
        int handlesFound = 0;
        int falseHandles = 0;
        for (var o : outcomes) {
            var c = o.expected();
            confusion[c.band().ordinal()][o.band().ordinal()]++;
            if (c.benign()) {
                benign++;
                benignInP1 += o.band() == Band.P1 ? 1 : 0;
            }
            if (c.isObfuscatedTwin()) {
                var plain = byId.get(c.twinOf());
                twins++;
                twinsAgreeing += plain.band() == o.band() ? 1 : 0;
            }
            if (c.ages() != null && !c.benign()) {
                agesExpected += c.ages().size();
                agesFound += (int) c.ages().stream().distinct().filter(o.ages()::contains).count();
            }
            var phones = new HashSet<>(o.actual().entities().phones());
            phonesExpected += c.phones().size();
            for (String phone : phones) {
                if (c.phones().contains(phone)) {
                    phonesFound++;
                } else {
                    falsePhones++;
                }
            }
            if (c.handles() != null) {
                handlesExpected += c.handles().size();
                for (String handle : o.actual().entities().handles()) {
                    if (c.handles().contains(handle)) {
                        handlesFound++;
                    } else {
                        falseHandles++;
                    }
                }
            }
        }
        return new EvaluationFigures(outcomes.size(), confusion, benign, benignInP1, twins, twinsAgreeing,
                agesExpected, agesFound, phonesExpected, phonesFound, falsePhones, handlesExpected, handlesFound,
                falseHandles);
    }

    int expected(Band band) {
        int n = 0;
        for (int given = 0; given < 4; given++) {
            n += confusion[band.ordinal()][given];
        }
        return n;
    }

    int given(Band band) {
        int n = 0;
        for (int expected = 0; expected < 4; expected++) {
            n += confusion[expected][band.ordinal()];
        }
        return n;
    }

    int p1Right() {
        return confusion[0][0];
    }

    double p1Recall() {
        return ratio(p1Right(), expected(Band.P1), 1.0);
    }

    double p1Precision() {
        return ratio(p1Right(), given(Band.P1), 1.0);
    }

    double benignP1Rate() {
        return ratio(benignInP1, benign, 0.0);
    }

    double twinAgreement() {
        return ratio(twinsAgreeing, twins, 1.0);
    }

    double agesFoundRate() {
        return ratio(agesFound, agesExpected, 1.0);
    }

    double phonesFoundRate() {
        return ratio(phonesFound, phonesExpected, 1.0);
    }

    double handlesFoundRate() {
        return ratio(handlesFound, handlesExpected, 1.0);
    }

    int bandsRight() {
        return confusion[0][0] + confusion[1][1] + confusion[2][2] + confusion[3][3];
    }

    double bandAccuracy() {
        return ratio(bandsRight(), cases, 1.0);
    }

    /** An empty denominator gives {@code none}: nothing to miss is a perfect score, nothing to put wrongly is none. */
    private static double ratio(int part, int whole, double none) {
        return whole == 0 ? none : (double) part / whole;
    }
}
