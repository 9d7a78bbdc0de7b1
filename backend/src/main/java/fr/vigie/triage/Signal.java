package fr.vigie.triage;

/**
 * A reason a report is ranked where it is: which rule fired ({@code code}), in French for the
 * worker ({@code label}), on which words of the text ({@code evidence}).
 */
public record Signal(String code, String label, String evidence) {
}
