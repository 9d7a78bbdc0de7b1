package fr.vigie.infrastructure.web;

/**
 * One thing wrong with a request, as the {@code errors} member of a problem document lists it:
 * the field (a JSON path such as {@code reports[3].text}, a parameter or a header) and why, in
 * French then English. Never the value sent, which may be report content.
 */
public record FieldProblem(String field, String message) {
}
