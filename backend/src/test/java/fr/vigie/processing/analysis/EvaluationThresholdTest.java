package fr.vigie.processing.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The sealed part of each corpus (never tuned on: docs/analysis-evaluation.md) held to its
 * thresholds, and the corpus to its coverage. On failure only the sealed part's counts are
 * given, never its cases: whoever fixes the engine must fix it on the development part's
 * failures (the {@code Evaluation} command lists them), not on the cases that measure it.
 */
class EvaluationThresholdTest {

    /**
     * A sealed part's thresholds. Issue 12's targets: P1 recall 0.95, precision 0.92, benign -> P1
     * 0.03, twins 0.95, ages 0.95, phones 0.98 with no false phone. Each threshold is the target
     * where the sealed part reached it, otherwise the honest value it reached
     * (docs/analysis-evaluation.md), raised as the engine improves, never lowered.
     */
    record Thresholds(double p1Recall, double p1Precision, double benignP1Rate, double twinAgreement, double agesFound,
            double phonesFound, int falsePhones) {
    }

    /** The first corpora's sealed part (its aggregates were read during issue 12's first round); P1 recall raised after the learned minor signal (0.959), ages after the twelfth round (0.925). */
    static final Thresholds FIRST = new Thresholds(0.95, 0.95, 0.045, 0.98, 0.92, 0.98, 1);
    /** The second family corpus's sealed part: the honest measure, never read before it was measured; recall raised to 0.946 (35/37) by the hint retrained with own cases DEV-HEARD/NOTE/ABROAD. */
    static final Thresholds SECOND = new Thresholds(0.94, 0.92, 0.06, 0.95, 0.96, 0.98, 0);
    /**
     * The third family corpus's sealed part: the honest measure since the third round, never read; benign look-alikes
     * in P1 held to the target after the tenth round (0 of 31: school outings and teachers told apart); P1 recall and
     * twins raised after the learned minor signal (0.864, 0.909), phones after the twelfth round (0.923: product and
     * article numbers told apart, a number completed across a line break), and to the target after the thirteenth
     * (1.000: a number said in two parts, "06 39 98 puis 26 06", or with emoji between its pairs).
     */
    static final Thresholds THIRD = new Thresholds(0.86, 0.92, 0.03, 0.90, 0.88, 0.98, 0);
    /**
     * The fourth family corpus's sealed part: first measured before any tuning on that corpus, raised after issue 12's
     * fifth measure (2026-12-02; its development part was tuned on, its sealed part never read) and after the sixth
     * round (precision and benign look-alikes in P1).
     */
    static final Thresholds FOURTH = new Thresholds(0.85, 0.97, 0.025, 0.91, 0.87, 0.98, 0);
    /**
     * The fifth family corpus's sealed part: the honest measure since 2026-12-03, measured on rules {@code default-6} and
     * again on {@code default-7} (unchanged: 0.649 both on its first 380 cases), never read, never tuned on; P1 recall
     * raised after issue 12's eighth round (0.732 on {@code default-8}, its development part tuned on) and the tenth
     * (0.780: class abbreviations and exams to come, tuned on families-6's development part), and after the learned
     * minor signal (0.878, issue 12 "a learned component": trained on development parts only).
     */
    static final Thresholds FIFTH = new Thresholds(0.87, 0.92, 0.03, 0.95, 0.84, 0.98, 0);
    /**
     * The sixth family corpus's sealed part: the honest measure since 2026-12-03 10:10 UTC, written blind after the
     * eighth round and first measured on rules {@code default-8} (P1 recall 0.846, benign in P1 0.038 and one false
     * phone: above the targets, held where they stand), never read, never tuned on; raised after the ninth round's
     * form grids (P1 recall 0.872, ages 0.902) and after the eleventh round (tuned on families-7's development part
     * only: P1 recall 0.897, twins 1.000, ages 0.922; the learned minor signal alone also gave 0.897) and after the
     * twelfth round (tuned on families-8's development part only: P1 recall 0.949).
     */
    static final Thresholds SIXTH = new Thresholds(0.94, 0.92, 0.04, 0.99, 0.92, 0.98, 1);
    /**
     * The seventh family corpus's sealed part: the honest measure since 2026-12-03 13:00 UTC, written blind during the
     * tenth round and first measured on main's engine before that round merged (rules {@code default-8}: P1 recall
     * 0.698, ages 0.857; precision, benign in P1, twins and phones at or above the targets, which hold them), raised
     * after the tenth round merged (0.767, rules {@code default-9}, its author never saw the file), never read, never
     * tuned on.
     */
    static final Thresholds SEVENTH = new Thresholds(0.76, 0.92, 0.03, 0.95, 0.85, 0.98, 0);
    /**
     * The eighth family corpus's sealed part: the honest measure since 2026-12-03 16:50 UTC, written blind during the
     * eleventh round and first measured on main's engine before that round merged (rules {@code default-9}: P1 recall
     * 0.789, precision 0.968, benign in P1 0.026, phones 0.938; twins and ages at or above the targets, which hold
     * them), never read, never tuned on; ages raised after the twelfth round (0.911).
     */
    static final Thresholds EIGHTH = new Thresholds(0.78, 0.92, 0.03, 0.95, 0.91, 0.93, 0);
    /**
     * The ninth family corpus's sealed part: the honest measure since 2026-12-04 19:30 UTC, written blind during the
     * twelfth round (its writer read SPEC.md, the labelling guide and families-8's header only) and first measured on
     * rules {@code default-11} before any tuning on it: P1 recall 0.960 (24/25), precision 1.000, benign in P1 0.000,
     * twins 0.955, ages 1.000, phones 0.923 (12/13) with no false phone — at or above the targets, which hold them,
     * but phones. Only 60 cases: one case is four points of P1 recall.
     */
    static final Thresholds NINTH = new Thresholds(0.95, 0.92, 0.03, 0.95, 0.95, 0.92, 0);
    /**
     * The tenth family corpus's sealed part: the honest measure since 2026-12-04 21:35 UTC, written blind during the
     * thirteenth round (its writer read SPEC.md and the labelling guide only: no earlier corpus, not even a header) and
     * first measured on rules {@code default-14} before any tuning on it: P1 recall 0.818 (27/33), twins 0.882, ages
     * 0.935; precision 1.000, benign in P1 0.000, phones 1.000 with no false phone — at or above the targets, which
     * hold them.
     */
    static final Thresholds TENTH = new Thresholds(0.81, 0.92, 0.03, 0.88, 0.93, 0.98, 0);
    /**
     * The eleventh family corpus's sealed part: the honest measure since 2026-12-04 23:00 UTC, written blind at the end
     * of the thirteenth round (SPEC.md and the labelling guide only) and first measured on rules {@code default-17}
     * before any tuning on it: P1 recall 0.971 (34/35), precision 0.971, benign in P1 0.000, twins 0.958, ages 1.000,
     * phones 1.000 with no false phone — every target met, which holds them. Only 88 cases.
     */
    static final Thresholds ELEVENTH = new Thresholds(0.95, 0.92, 0.03, 0.95, 0.95, 0.98, 0);
    /**
     * The twelfth family corpus's sealed part: the honest measure since 2026-12-06, written blind in the fifteenth round
     * (SPEC.md and the labelling guide only; own families IDIOM, BURY, DIALOG, ABBR) and first measured on rules
     * {@code default-20} before any tuning on it: P1 recall 0.828 (24/29), precision 0.960, benign in P1 0.000, twins
     * 0.933, ages 0.903, phones 1.000 with no false phone. Recall, twins and ages are held at that floor, the others at
     * the targets. Only 85 cases.
     */
    static final Thresholds TWELFTH = new Thresholds(0.82, 0.92, 0.03, 0.93, 0.90, 0.98, 0);
    /**
     * The thirteenth family corpus's sealed part: the honest measure since 2026-12-06 21:45 UTC, written blind in the
     * seventeenth round (SPEC.md and the labelling guide only; own families NEG, GEO, STORY, FICTION) and first measured on
     * rules {@code default-26} before any tuning on it: P1 recall 1.000 (25/25), twins 1.000, ages 1.000, phones 1.000
     * with no false phone (held at the targets), but precision 0.806 (25/31) and benign in P1 0.375 (6/16), held at that
     * floor and ceiling until they are better. Only 64 cases.
     * Raised with rules {@code default-42} (a customer's age is an audience): precision 1.000, benign in P1 0.000.
     */
    static final Thresholds THIRTEENTH = new Thresholds(0.95, 0.92, 0.03, 0.95, 0.95, 0.98, 0);
    /**
     * The fourteenth family corpus's sealed part: the honest measure since 2026-12-06 21:50 UTC, written blind at the same
     * time as the thirteenth by another writer (SPEC.md and the labelling guide only; own families BOYF, CLIENT, SCOUT,
     * EDUC, each from one writer's side) and first measured on rules {@code default-26} before any tuning on it: P1
     * recall 1.000 (31/31), precision 0.969, twins 1.000, ages 1.000, phones 1.000 with no false phone (held at the
     * targets), benign in P1 0.040 (1/25), held at that ceiling. Only 74 cases.
     */
    static final Thresholds FOURTEENTH = new Thresholds(0.95, 0.92, 0.04, 0.95, 0.95, 0.98, 0);
    /**
     * The fifteenth family corpus's sealed part: the honest measure since 2026-12-06 22:10 UTC, written blind late in the
     * seventeenth round (SPEC.md and the labelling guide only; own families RESALE, SERVER, BIO, COMMENT: where the texts
     * are found) and first measured on the engine of {@code 81bfc0c} (rules {@code default-30}) before any tuning on it:
     * P1 recall 0.962 (25/26), precision 1.000, benign in P1 0.000, twins 1.000, ages 1.000, phones 1.000 with no false
     * phone — every target met, which holds them. Only 63 cases.
     */
    static final Thresholds FIFTEENTH = new Thresholds(0.95, 0.92, 0.03, 0.95, 0.95, 0.98, 0);
    /**
     * The sixteenth family corpus's sealed part: the honest measure since 2026-12-06 22:20 UTC, written blind late in the
     * seventeenth round (SPEC.md and the labelling guide only; own families IMPLIC, COMPAR, QUOTE, CROWD: ages and offers
     * told by implication, arithmetic, quotation, among several people) and first measured on the engine of
     * {@code a54dc92} (rules {@code default-31}) before any tuning on it: P1 recall 0.840 (21/25), precision 0.955,
     * benign in P1 0.043 (1/23), twins 1.000, ages 0.828 (24/29), phones 1.000 with no false phone. Recall, benign and
     * ages held at that floor and ceiling, the others at the targets. Only 66 cases.
     */
    static final Thresholds SIXTEENTH = new Thresholds(0.84, 0.92, 0.05, 0.95, 0.82, 0.98, 0);
    /**
     * The seventeenth family corpus's sealed part (written blind at the end of the seventeenth round, the eleven
     * families only, as a night shift's intake queue reads) first measured on the engine of {@code 49ed01f} (rules
     * {@code default-32}) before any tuning on it: P1 recall 0.920 (23/25), precision 1.000, benign in P1 0.000, twins
     * 1.000, ages 0.905 (19/21), phones 1.000 with no false phone. Recall and ages held at that floor. Only 64 cases.
     */
    static final Thresholds SEVENTEENTH = new Thresholds(0.92, 0.92, 0.03, 0.95, 0.90, 0.98, 0);
    /**
     * The eighteenth family corpus's sealed part (written blind at the same time, the eleven families only, as pairs that
     * share their words and differ in what a worker decides) first measured on the same engine before any tuning on it:
     * P1 recall 0.964 (27/28), precision 0.964, benign in P1 0.056 (1/18), twins 0.941 (16/17), ages 1.000, phones
     * 1.000 with no false phone. Benign held at that ceiling and twins at that floor. Only 59 cases.
     */
    static final Thresholds EIGHTEENTH = new Thresholds(0.95, 0.92, 0.06, 0.94, 0.95, 0.98, 0);
    /**
     * The nineteenth family corpus's sealed part (written blind last in the seventeenth round, the eleven families only,
     * in the French of the whole French-speaking world and of learners) first measured on the engine of {@code ddbbdd4}
     * (rules {@code default-33}) before any tuning on it: P1 recall 0.912 (31/34), precision 0.969, benign in P1 0.043
     * (1/23), twins 0.952, ages 0.969, phones 1.000 with no false phone. Recall and benign held at that floor and
     * ceiling. Only 77 cases.
     */
    static final Thresholds NINETEENTH = new Thresholds(0.91, 0.92, 0.05, 0.95, 0.95, 0.98, 0);
    /**
     * The twentieth family corpus's sealed part (written blind in the eighteenth round, the eleven families told through
     * texts where several people appear: who is offered, whose age is given) first measured on the engine of
     * {@code 455bcef} (rules {@code default-35}) before any tuning on it: P1 recall 0.808 (21/26), precision 0.913,
     * benign in P1 0.087 (2/23), twins 1.000, ages 0.737 (28/38), phones 1.000 with no false phone. Recall, precision,
     * benign and ages held at that floor and ceiling. Only 72 cases.
     */
    static final Thresholds TWENTIETH = new Thresholds(0.80, 0.91, 0.09, 0.95, 0.73, 0.98, 0);
    /**
     * The twenty-first family corpus's sealed part (written blind at the same time, the eleven families in young people's
     * registers: verlan, SMS, emoji, hashtags, dictation) first measured on the same engine before any tuning on it: P1
     * recall 0.870 (20/23), precision 0.909, benign in P1 0.087 (2/23), twins 1.000, ages 0.833 (20/24), phones 1.000
     * with no false phone. Recall, precision, benign and ages held at that floor and ceiling. Only 66 cases. Raised with
     * rules {@code default-40}: precision 0.952 (20/21), benign in P1 0.043 (1/23).
     */
    static final Thresholds TWENTY_FIRST = new Thresholds(0.86, 0.95, 0.05, 0.95, 0.83, 0.98, 0);
    /**
     * The twenty-second family corpus's sealed part (written blind at the eighteenth round's end, the eleven families as
     * the partner platforms forward them: ad fields, app bios, forum threads, game chats) first measured on the engine of
     * {@code 45eddb5} (rules {@code default-36}) before any tuning on it: P1 recall 0.895 (17/19), precision 0.850,
     * benign in P1 0.077 (2/26), twins 0.938, ages 1.000, phones 1.000 with no false phone. Recall, precision, benign
     * and twins held at that floor and ceiling. Only 69 cases. Raised with rules {@code default-41} ("mineure" said of a
     * thing): precision 0.900 (18/20), benign in P1 0.038 (1/26).
     */
    static final Thresholds TWENTY_SECOND = new Thresholds(0.89, 0.90, 0.04, 0.93, 0.95, 0.98, 0);
    /**
     * The twenty-third family corpus's sealed part (written blind at the same time, the eleven families through the
     * adults around the minor: go-betweens, recruiters, groomers, and the witnesses who report them) first measured on
     * the same engine before any tuning on it: P1 recall 1.000 (10/10), precision 0.833, benign in P1 0.133 (2/15), twins
     * 1.000, ages 0.789 (15/19), phones 1.000 with no false phone. Precision, benign and ages held at that floor and
     * ceiling. Only 45 cases.
     */
    static final Thresholds TWENTY_THIRD = new Thresholds(0.95, 0.83, 0.14, 0.95, 0.78, 0.98, 0);
    /**
     * The twenty-fourth family corpus's sealed part (written blind in the nineteenth round, a broad plain sample of a
     * night shift's intake) first measured on the engine of {@code dede60a} (rules {@code default-38}) before any tuning
     * on it: P1 recall 0.944 (17/18), precision 0.944, benign in P1 0.043 (1/23), twins 1.000, ages 1.000, phones 1.000
     * with no false phone. Recall, precision and benign held at that floor and ceiling. Only 56 cases.
     */
    static final Thresholds TWENTY_FOURTH = new Thresholds(0.94, 0.94, 0.05, 0.95, 0.95, 0.98, 0);
    /**
     * The twenty-fifth family corpus's sealed part (written blind in the nineteenth round, the eleven families through
     * ages and times at the boundary: 17 against 18, birthdays just past or to come, birth dates in every form, several
     * ages in one text) first measured on the engine of {@code c907f79} (rules {@code default-38}) before any tuning on
     * it: P1 recall 0.944 (17/18), precision 0.895, benign in P1 0.000 (0/24), twins 1.000, ages 0.813 (26/32), phones
     * 1.000 with no false phone. Recall, precision, benign and ages held at that floor and ceiling. Only 58 cases.
     */
    static final Thresholds TWENTY_FIFTH = new Thresholds(0.94, 0.89, 0.00, 0.95, 0.81, 0.98, 0);
    /**
     * The twenty-sixth family corpus's sealed part (written blind in the twentieth round, the eleven families in French
     * far from the standard: phonetic spelling without accents, autocorrect slips, words glued or split, non-native and
     * machine-translated French, a little English or Spanish) first measured on rules {@code default-38} with the
     * number-word fix, before any tuning on it: P1 recall 0.864 (19/22), precision 0.905 (19/21), benign in P1 0.050
     * (1/20), twins 0.786 (11/14), ages 0.840 (21/25), phones 0.921 (35/38) with no false phone. Every figure but
     * false phones held at that floor and ceiling. Only 65 cases. Ages raised with rules {@code default-40} (tuned on
     * its development part): 0.880 (22/25).
     */
    static final Thresholds TWENTY_SIXTH = new Thresholds(0.86, 0.90, 0.05, 0.78, 0.88, 0.92, 0);
    /**
     * The twenty-seventh family corpus's sealed part (written blind in the twentieth round, the eleven families as a
     * partner's moderators forward them: a moderator's note in the third person around transcribed pieces of the ad or
     * thread) first measured on the engine of rules {@code default-38} with the number-word fix of the same commit
     * (before it, one of its texts failed the analysis) before any tuning on it: P1 recall 0.769 (10/13), precision
     * 0.769 (10/13), benign in P1 0.120 (3/25), twins 1.000, ages 0.920 (23/25), phones 1.000 with no false phone.
     * Recall, precision, benign and ages held at that floor and ceiling. Only 66 cases. Raised with rules
     * {@code default-40} (tuned on its development part): precision 0.833 (10/12), benign in P1 0.080 (2/25).
     */
    static final Thresholds TWENTY_SEVENTH = new Thresholds(0.76, 0.83, 0.08, 0.95, 0.92, 0.98, 0);
    /**
     * The twenty-eighth family corpus's sealed part (written blind in the twenty-first round, the eleven families in the
     * French of Belgium, Switzerland, Québec, the overseas departments with Creole, and with Darija in Latin letters)
     * first measured on rules {@code default-40} before any tuning on it: P1 recall 0.733 (22/30), precision 1.000,
     * benign in P1 0.000 (0/14), twins 1.000, ages 0.800 (24/30), phones 1.000 with no false phone. Recall and ages held
     * at that floor. Only 54 cases.
     */
    static final Thresholds TWENTY_EIGHTH = new Thresholds(0.73, 0.92, 0.03, 0.95, 0.80, 0.98, 0);
    /**
     * The twenty-ninth family corpus's sealed part (written blind in the twenty-first round, the eleven families as they
     * reach the queue after OCR of a screenshot or a hurried copy-paste: misread letters, page furniture, interface
     * words, double pastes, pasted conversations) first measured on rules {@code default-40} before any tuning on it: P1
     * recall 0.920 (23/25), precision 0.852 (23/27), benign in P1 0.133 (4/30), twins 0.929 (13/14), ages 0.875 (21/24),
     * phones 1.000 with no false phone. Recall, precision, benign, twins and ages held at that floor and ceiling. Only 75
     * cases.
     */
    static final Thresholds TWENTY_NINTH = new Thresholds(0.92, 0.85, 0.14, 0.92, 0.87, 0.98, 0);
    /**
     * The thirtieth family corpus's sealed part (written blind in the twenty-third round, the eleven families as very
     * short intake lines and terse partner payloads: one-line titles, form fields, moderators' shorthand, notifications)
     * first measured on rules {@code default-43} before any tuning on it: P1 recall 0.870 (20/23), precision 1.000,
     * benign in P1 0.000 (0/27), twins 1.000, ages 0.875 (21/24), phones 1.000 with no false phone. Recall (0.8696, so
     * 0.86) and ages held at that floor. Only 65 cases.
     */
    static final Thresholds THIRTIETH = new Thresholds(0.86, 0.92, 0.03, 0.95, 0.87, 0.98, 0);
    /**
     * The thirty-first family corpus's sealed part (written blind in the twenty-third round, the eleven families as speech
     * written down: voice notes, voicemail, calls and speech-to-text, with timestamps, fillers, self-corrections and
     * dictated numbers) first measured on rules {@code default-43} before any tuning on it: P1 recall 0.815 (22/27),
     * precision 1.000, benign in P1 0.000 (0/18), twins 0.938 (15/16), ages 0.793 (23/29), phones 0.778 (7/9) with no
     * false phone. Recall, twins, ages and phones held at that floor. Only 60 cases. Ages raised to 0.828 (24/29) by rules
     * {@code default-44} (speech written down, tuned on its development part only).
     */
    static final Thresholds THIRTY_FIRST = new Thresholds(0.81, 0.92, 0.03, 0.93, 0.82, 0.77, 0);
    /**
     * The thirty-second family corpus's sealed part (written blind in the twenty-third round, the eleven families as
     * forums, Q&A sites and comment threads tell them: a teenager asking for advice, a worried friend, a parent, a youth
     * worker, replies) first measured on rules {@code default-45} (with "elle dit 18") before any tuning on it: P1 recall
     * 0.882 (15/17), precision 0.833 (15/18), benign in P1 0.120 (3/25), twins 1.000, ages 0.950 (19/20), phones 1.000
     * with no false phone. Recall, precision, benign (3/25, so 0.13: the next case would be 0.16) and ages held at that
     * floor and ceiling. Only 59 cases.
     */
    static final Thresholds THIRTY_SECOND = new Thresholds(0.88, 0.83, 0.13, 0.95, 0.95, 0.98, 0);
    /**
     * The thirty-third family corpus's sealed part (written blind in the twenty-third round, the eleven families as bios,
     * captions and stories written with emoji, decorative letters and symbols) first measured on rules {@code default-45}
     * before any tuning on it: P1 recall 0.833 (15/18), precision 0.938 (15/16), benign in P1 0.056 (1/18), twins 1.000,
     * ages 0.846 (22/26), phones 0.909 (10/11) with no false phone. Recall, benign, ages and phones held at that floor and
     * ceiling. Only 65 cases. Recall raised to 0.944 (17/18) and ages to 0.923 (24/26) by rules {@code default-46}
     * (emoji said of oneself, tuned on its development part only).
     */
    static final Thresholds THIRTY_THIRD = new Thresholds(0.94, 0.92, 0.06, 0.95, 0.92, 0.90, 0);

    private static Evaluation.Result result;

    @BeforeAll
    static void evaluate() {
        result = Evaluation.runDefaults();
    }

    static Stream<Arguments> sealedParts() {
        return Stream.of(Arguments.of(EvaluationCorpus.Corpus.FIRST, FIRST), Arguments.of(EvaluationCorpus.Corpus.SECOND, SECOND),
                Arguments.of(EvaluationCorpus.Corpus.THIRD, THIRD), Arguments.of(EvaluationCorpus.Corpus.FOURTH, FOURTH),
                Arguments.of(EvaluationCorpus.Corpus.FIFTH, FIFTH), Arguments.of(EvaluationCorpus.Corpus.SIXTH, SIXTH),
                Arguments.of(EvaluationCorpus.Corpus.SEVENTH, SEVENTH), Arguments.of(EvaluationCorpus.Corpus.EIGHTH, EIGHTH),
                Arguments.of(EvaluationCorpus.Corpus.NINTH, NINTH), Arguments.of(EvaluationCorpus.Corpus.TENTH, TENTH),
                Arguments.of(EvaluationCorpus.Corpus.ELEVENTH, ELEVENTH), Arguments.of(EvaluationCorpus.Corpus.TWELFTH, TWELFTH),
                Arguments.of(EvaluationCorpus.Corpus.THIRTEENTH, THIRTEENTH),
                Arguments.of(EvaluationCorpus.Corpus.FOURTEENTH, FOURTEENTH),
                Arguments.of(EvaluationCorpus.Corpus.FIFTEENTH, FIFTEENTH),
                Arguments.of(EvaluationCorpus.Corpus.SIXTEENTH, SIXTEENTH),
                Arguments.of(EvaluationCorpus.Corpus.SEVENTEENTH, SEVENTEENTH),
                Arguments.of(EvaluationCorpus.Corpus.EIGHTEENTH, EIGHTEENTH),
                Arguments.of(EvaluationCorpus.Corpus.NINETEENTH, NINETEENTH),
                Arguments.of(EvaluationCorpus.Corpus.TWENTIETH, TWENTIETH),
                Arguments.of(EvaluationCorpus.Corpus.TWENTY_FIRST, TWENTY_FIRST),
                Arguments.of(EvaluationCorpus.Corpus.TWENTY_SECOND, TWENTY_SECOND),
                Arguments.of(EvaluationCorpus.Corpus.TWENTY_THIRD, TWENTY_THIRD),
                Arguments.of(EvaluationCorpus.Corpus.TWENTY_FOURTH, TWENTY_FOURTH),
                Arguments.of(EvaluationCorpus.Corpus.TWENTY_FIFTH, TWENTY_FIFTH),
                Arguments.of(EvaluationCorpus.Corpus.TWENTY_SIXTH, TWENTY_SIXTH),
                Arguments.of(EvaluationCorpus.Corpus.TWENTY_SEVENTH, TWENTY_SEVENTH),
                Arguments.of(EvaluationCorpus.Corpus.TWENTY_EIGHTH, TWENTY_EIGHTH),
                Arguments.of(EvaluationCorpus.Corpus.TWENTY_NINTH, TWENTY_NINTH),
                Arguments.of(EvaluationCorpus.Corpus.THIRTIETH, THIRTIETH),
                Arguments.of(EvaluationCorpus.Corpus.THIRTY_FIRST, THIRTY_FIRST),
                Arguments.of(EvaluationCorpus.Corpus.THIRTY_SECOND, THIRTY_SECOND),
                Arguments.of(EvaluationCorpus.Corpus.THIRTY_THIRD, THIRTY_THIRD));
    }

    @Test
    void theCorpusIsLargeAndCoversEveryFamilyRuleAndDisguise() {
        var cases = result.outcomes().stream().map(Evaluation.Outcome::expected).toList();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(800);
        assertThat(cases.stream().filter(EvaluationCorpus.Case::isObfuscatedTwin).count()).as("obfuscated twins")
                .isGreaterThanOrEqualTo(300);
        assertThat(cases.stream().filter(EvaluationCorpus.Case::benign).count()).as("benign cases").isGreaterThanOrEqualTo(150);
        assertThat(result.rulesNeverFired()).as("rules of the rule file that fire on no case").isEmpty();
        var tags = cases.stream().flatMap(c -> c.tags().stream()).collect(Collectors.toSet());
        assertThat(tags).as("obfuscations covered").contains("spaced-digits", "glued-unit", "number-words", "leet",
                "zero-width", "spaced-letters", "phone-letter-o", "phone-dotted", "phone-spaced", "keycap",
                "fullwidth", "homoglyph");
        var families = cases.stream().collect(Collectors.groupingBy(EvaluationCorpus.Case::family, Collectors.counting()));
        assertThat(families.keySet()).as("families").contains("BASE", "DIS", "BIRTH", "SCHOOL", "CHAT", "BENIGN", "P2",
                "P3", "OVER", "PHONE", "HANDLE", "RANK", "SLANG", "THIRD", "RANGE", "FRANG", "RELTIME", "MULTI", "CALC",
                "CARE", "GAME", "SUGAR", "ENG", "CAL", "RPT", "LONG", "SHORT", "DLG", "MASS", "LOVER", "LODGE", "EVT", "REVIEW", "TOUR", "RECRUIT", "OCR", "VOICE", "EMO", "MIXL");
        assertThat(families).as("cases per family").allSatisfy((family, n) -> assertThat(n).isGreaterThanOrEqualTo(15));
    }

    /**
     * Families the hash put wholly in the development part: none of families-9's 19 plain P2 cases hashes below the
     * sealed bound (about one chance in a thousand; eight of them were added by a second blind writer with the CAST
     * cases that family needed to reach 15, and none landed sealed either). The split is not changed after the fact
     * (no id renamed, no more cases added to get one sealed): that family is measured on its development part only,
     * as the docs say, and this list names it so that no other family goes unmeasured unnoticed. families-14's 15
     * PHONE cases all hashed into the development part too (a chance of about 1 in 200), and families-16's 13 QUOTE cases
     * (about 1 in 100): measured there only; so are families-28's 18 P2 cases (about 1 in 600).
     */
    private static final java.util.Set<String> NO_SEALED_CASE_BY_CHANCE = java.util.Set.of("NINTH/P2", "FOURTEENTH/PHONE",
            "SIXTEENTH/QUOTE", "TWENTY_EIGHTH/P2");

    @Test
    void aboutThirtyPercentOfEveryFamilyIsSealed() {
        int all = result.figures(CorpusPart.SEALED).cases();
        // our own cases are development cases by rule: the hash splits the others
        long split = result.outcomes().stream().filter(o -> !o.expected().id().startsWith(CorpusPart.OWN_CASE_PREFIX)).count();
        assertThat((double) all / split).as("sealed share of the cases the hash splits").isBetween(0.25, 0.35);
        for (var corpus : EvaluationCorpus.Corpus.values()) {
            for (String family : result.families(corpus)) {
                boolean written = result.outcomes().stream().map(Evaluation.Outcome::expected).anyMatch(c -> c.corpus() == corpus
                        && c.family().equals(family) && !c.id().startsWith(CorpusPart.OWN_CASE_PREFIX));
                int sealed = result.figures(CorpusPart.SEALED, corpus, family).cases();
                if (NO_SEALED_CASE_BY_CHANCE.contains(corpus + "/" + family)) {
                    assertThat(sealed).as("sealed cases of %s in the %s (known to be none)", family, corpus.description)
                            .isZero();
                } else if (written) { // a family only our own cases cover (always development) has no sealed part to have
                    assertThat(sealed).as("sealed cases of %s in the %s", family, corpus.description).isPositive();
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sealedParts")
    void sealedP1RecallAndPrecision(EvaluationCorpus.Corpus corpus, Thresholds min) {
        var sealed = result.figures(CorpusPart.SEALED, corpus);
        assertThat(sealed.p1Recall()).as("sealed P1 recall (%d / %d)", sealed.p1Right(), sealed.expected(Band.P1))
                .isGreaterThanOrEqualTo(min.p1Recall());
        assertThat(sealed.p1Precision()).as("sealed P1 precision (%d / %d)", sealed.p1Right(), sealed.given(Band.P1))
                .isGreaterThanOrEqualTo(min.p1Precision());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sealedParts")
    void sealedBenignReportsAreRarelyInP1(EvaluationCorpus.Corpus corpus, Thresholds max) {
        var sealed = result.figures(CorpusPart.SEALED, corpus);
        assertThat(sealed.benignP1Rate()).as("sealed benign -> P1 (%d / %d)", sealed.benignInP1(), sealed.benign())
                .isLessThanOrEqualTo(max.benignP1Rate());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sealedParts")
    void sealedObfuscatedTwinsLandInTheBandOfTheirPlainTwin(EvaluationCorpus.Corpus corpus, Thresholds min) {
        var sealed = result.figures(CorpusPart.SEALED, corpus);
        assertThat(sealed.twinAgreement()).as("sealed twins agreeing (%d / %d)", sealed.twinsAgreeing(), sealed.twins())
                .isGreaterThanOrEqualTo(min.twinAgreement());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sealedParts")
    void sealedAgesAndPhonesAreFound(EvaluationCorpus.Corpus corpus, Thresholds min) {
        var sealed = result.figures(CorpusPart.SEALED, corpus);
        assertThat(sealed.agesFoundRate()).as("sealed ages found (%d / %d)", sealed.agesFound(), sealed.agesExpected())
                .isGreaterThanOrEqualTo(min.agesFound());
        assertThat(sealed.phonesFoundRate()).as("sealed phones found (%d / %d)", sealed.phonesFound(), sealed.phonesExpected())
                .isGreaterThanOrEqualTo(min.phonesFound());
        assertThat(sealed.falsePhones()).as("sealed false phones").isLessThanOrEqualTo(min.falsePhones());
    }
}
