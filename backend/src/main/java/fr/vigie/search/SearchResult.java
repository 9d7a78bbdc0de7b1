package fr.vigie.search;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A page of search results (SPEC "Search API"): how many reports match in all, this page's, the
 * count of each value of the facets over every match, and the cursor of the next page (null
 * on the last).
 */
record SearchResult(long total, List<SearchItem> items, Map<String, Map<String, Long>> facets, String next) {

    /** A report found, and where its text matched. */
    record SearchItem(UUID id, String priority, int score, String status, Instant observedAt, String platform, String department,
            int sightings, List<SearchHighlight> highlights) {
    }

    /**
     * A passage of the report's text, with the ranges [start, end) of {@code text} that matched:
     * plain text and offsets, never markup, so that a page shows it as text whatever it says.
     */
    record SearchHighlight(String text, List<SearchRange> marks) {
    }

    /** A range of a highlight's text. */
    record SearchRange(int start, int end) {
    }
}
