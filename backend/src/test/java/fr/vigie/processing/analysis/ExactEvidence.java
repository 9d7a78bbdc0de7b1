package fr.vigie.processing.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;

/**
 * The one check every analysis test makes of its evidence: each range, cut from the text as
 * written, is the evidence's text (issue 12: evidence ranges stay exact, whatever the analysis
 * respelled, split or joined on the way).
 */
final class ExactEvidence {

    private ExactEvidence() {
    }

    /** Every mention's range is its text. */
    static void assertMentionsAreTheirText(String text, Collection<Entities.Mention> mentions) {
        mentions.forEach(m -> assertThat(text.substring(m.evidence().start(), m.evidence().end()))
                .as("evidence of %s in %s", m.kind(), text).isEqualTo(m.evidence().text()));
    }

    /** The text is ranked {@code band} by {@code analyser}, and all its evidence is exact. */
    static Analysis assertRankedWithExactEvidence(ReportAnalyser analyser, String text, java.time.Instant observed, Band band) {
        var analysis = analyser.analyse(text, null, observed);
        assertThat(analysis.band()).as("band of %s: %s", text, analysis.signals()).isEqualTo(band);
        assertEveryEvidenceIsItsText(text, analysis);
        return analysis;
    }

    /** Every mention's range and every fired signal's ranges are their text. */
    static void assertEveryEvidenceIsItsText(String text, Analysis analysis) {
        analysis.signals().forEach(s -> s.evidence().forEach(e ->
                assertThat(text.substring(e.start(), e.end())).as("evidence of %s in %s", s.code(), text).isEqualTo(e.text())));
        assertMentionsAreTheirText(text, analysis.entities().mentions());
    }
}
