package fr.vigie.intake;

/** One thing wrong with a submission: the field (JSON path) and why, in French and English. */
public record FieldProblem(String field, String message) {
}
