package fr.vigie.search;

import java.util.List;

/**
 * The French analysis that scoring uses, lent to search by the feature that owns it (processing):
 * the index keeps a report's terms as this analysis gives them, and a query is analysed the same
 * way, so that "mineure" finds "m1neure" and "m i n e u r e". Marks are ranges of the original
 * text whose terms are among the query's (the highlights).
 */
public interface TextAnalysis {

    /** The terms of a text, in order (stemmed, folded, disguises undone). */
    List<String> terms(String text);

    /** Where in {@code text} the terms of {@code query} occur: [start, end) ranges of the original text, in order. */
    List<Mark> marks(String text, List<String> queryTerms);

    /** A range of a text. */
    record Mark(int start, int end) {
    }
}
