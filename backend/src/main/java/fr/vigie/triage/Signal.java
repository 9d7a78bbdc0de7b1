package fr.vigie.triage;

import java.util.List;

/**
 * A reason a report is ranked where it is: which rule fired ({@code code}), in French for the
 * worker ({@code label}), on which words of the text ({@code evidence}, and exactly where:
 * {@code ranges} of the original text, to highlight them).
 */
public record Signal(String code, String label, String evidence, List<Range> ranges) {

    /** Characters {@code [start, end)} of the report's text. */
    public record Range(int start, int end) {
    }

    public Signal {
        ranges = ranges == null ? List.of() : List.copyOf(ranges);
    }
}
