package fr.vigie.processing.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * {@link NormalisedText} tries its rewriting patterns only where a cheap scan says a match may
 * start; it must rewrite exactly as the plain loop that tries every position: same text, same
 * offsets back to the original, on the corpus and on random strings made of the disguises.
 */
class NormalisedTextScanTest {

    /** Pieces that start, end, break or imitate the patterns' matches (all synthetic). */
    private static final String[] PIECES = {"a", "e", "m", "i", "n", "u", "r", "s", "o", "O", "1", "6", "0", "3", "9",
        " ", " ", " ", ".", "-", "_", "*", "·", "/", "@", "(", ")", "+", "'", "’", "é", "è", "È", "e\u0301", "\u0301",
        "\u200b", "1\ufe0f\u20e3", "\ud835\udc1a", "\ud801\udca0", "а", "１", "\u00a0", "\n", "!", "ans", "ème", "ère",
        "nde", "h", "j", "ſ", "2O1O", "m1neure", "\u0660", "\u2160", "²"};

    @Test
    void rewritesAsThePlainLoopWouldOnTheCorpus() {
        var texts = new ArrayList<>(AnalysisBenchmark.corpusTexts());
        texts.addAll(AnalysisBenchmark.kilobyteTexts());
        texts.forEach(NormalisedTextScanTest::assertSameAsReference);
    }

    @Test
    void rewritesAsThePlainLoopWouldOnRandomDisguises() {
        var random = new Random(20261129);
        int rewritten = 0;
        for (int n = 0; n < 30_000; n++) {
            var text = new StringBuilder();
            for (int k = random.nextInt(30); k > 0; k--) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            assertSameAsReference(text.toString());
            if (!NormalisedText.of(text.toString()).text().equals(text.toString())) {
                rewritten++;
            }
        }
        assertThat(rewritten).as("the strings exercised the rewrites").isGreaterThan(10_000);
    }

    private static void assertSameAsReference(String original) {
        var fast = NormalisedText.of(original);
        var reference = NormalisedText.ofTryingEveryPosition(original);
        assertThat(fast.text()).as("text of [%s]", original).isEqualTo(reference.text());
        assertThat(offsets(fast)).as("offsets of [%s]", original).isEqualTo(offsets(reference));
    }

    private static List<Integer> offsets(NormalisedText normalised) {
        var offsets = new ArrayList<Integer>();
        for (int i = 0; i <= normalised.text().length(); i++) {
            offsets.add(normalised.toOriginal(i));
        }
        return offsets;
    }
}
