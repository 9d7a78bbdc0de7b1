package fr.vigie.search;

import java.util.ArrayList;
import java.util.List;

/** Passages of a text around the ranges that matched, each with its marks (at most three passages). */
final class Highlights {

    private static final int MAX_PASSAGES = 3;
    private static final int CONTEXT = 60;

    private Highlights() {
    }

    static List<SearchResult.SearchHighlight> of(String text, List<TextAnalysis.Mark> marks) {
        var passages = new ArrayList<SearchResult.SearchHighlight>();
        int i = 0;
        while (i < marks.size() && passages.size() < MAX_PASSAGES) {
            int start = wordStart(text, Math.max(0, marks.get(i).start() - CONTEXT));
            int end = Math.min(text.length(), marks.get(i).end() + CONTEXT);
            var ranges = new ArrayList<SearchResult.SearchRange>();
            while (i < marks.size() && marks.get(i).start() < end) {
                var mark = marks.get(i);
                end = Math.max(end, Math.min(text.length(), mark.end() + CONTEXT / 2));
                ranges.add(new SearchResult.SearchRange(mark.start() - start, mark.end() - start));
                i++;
            }
            end = wordEnd(text, end);
            String prefix = start > 0 ? "… " : "";
            String suffix = end < text.length() ? " …" : "";
            int shift = prefix.length();
            passages.add(new SearchResult.SearchHighlight(prefix + text.substring(start, end) + suffix,
                    ranges.stream().map(r -> new SearchResult.SearchRange(r.start() + shift, r.end() + shift)).toList()));
        }
        return passages;
    }

    /** Back to the start of the word at i (20 characters at most), not inside a surrogate pair. */
    private static int wordStart(String text, int i) {
        int limit = Math.max(0, i - 20);
        while (i > limit && !Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return i > 0 && Character.isLowSurrogate(text.charAt(i)) ? i - 1 : i;
    }

    /** On to the end of the word at i (20 characters at most), not inside a surrogate pair. */
    private static int wordEnd(String text, int i) {
        int limit = Math.min(text.length(), i + 20);
        while (i < limit && !Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i < text.length() && i > 0 && Character.isLowSurrogate(text.charAt(i)) ? i + 1 : i;
    }
}
