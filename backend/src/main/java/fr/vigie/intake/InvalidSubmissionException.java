package fr.vigie.intake;

import java.util.List;

import fr.vigie.infrastructure.web.FieldProblem;

/** A submission that breaks the contract; carries every field at fault. */
class InvalidSubmissionException extends RuntimeException {

    private final transient List<FieldProblem> problems;

    InvalidSubmissionException(List<FieldProblem> problems) {
        super("Invalid submission", null, false, false);
        this.problems = List.copyOf(problems);
    }

    List<FieldProblem> problems() {
        return problems;
    }
}
