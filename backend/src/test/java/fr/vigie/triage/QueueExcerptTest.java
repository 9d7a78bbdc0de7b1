package fr.vigie.triage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A queue row's excerpt: one short line of the text, cut on a word. */
class QueueExcerptTest {

    @Test
    void aShortTextIsShownWholeWithItsWhitespaceFolded() {
        assertThat(QueueQueries.excerpt("  Annonce\n\nfictive   ce soir ")).isEqualTo("Annonce fictive ce soir");
        assertThat(QueueQueries.excerpt(null)).isNull();
    }

    @Test
    void aLongTextIsCutOnAWordWithAnEllipsis() {
        String text = "mot ".repeat(60);
        String excerpt = QueueQueries.excerpt(text);
        assertThat(excerpt).endsWith("mot …");
        assertThat(excerpt.length()).isLessThanOrEqualTo(QueueQueries.EXCERPT + 2);
    }

    @Test
    void oneWordLongerThanTheExcerptIsCutWhereItMust() {
        String excerpt = QueueQueries.excerpt("x".repeat(300));
        assertThat(excerpt).isEqualTo("x".repeat(QueueQueries.EXCERPT) + " …");
    }
}
