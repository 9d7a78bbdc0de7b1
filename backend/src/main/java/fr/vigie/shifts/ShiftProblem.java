package fr.vigie.shifts;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import fr.vigie.infrastructure.web.FieldProblem;
import fr.vigie.infrastructure.web.Problems;

/** A planning rule said no: the problem document to answer, built by the one problem factory. */
class ShiftProblem extends RuntimeException {

    private final transient ProblemDetail problem;

    private ShiftProblem(ProblemDetail problem) {
        super(problem.getDetail(), null, false, false);
        this.problem = problem;
    }

    static ShiftProblem invalid(List<FieldProblem> errors) {
        return new ShiftProblem(Problems.invalidFields(errors));
    }

    static ShiftProblem invalid(String field, String message) {
        return new ShiftProblem(Problems.invalidField(field, message));
    }

    /** A query parameter at fault: 400 naming it, like every other parameter of the API. */
    static ShiftProblem badParameter(String name, String message) {
        return new ShiftProblem(Problems.invalidParameters(List.of(new FieldProblem(name, message))));
    }

    static ShiftProblem notFound() {
        return new ShiftProblem(Problems.of(HttpStatus.NOT_FOUND, "Créneau inconnu / Unknown shift"));
    }

    static ShiftProblem notYours() {
        return new ShiftProblem(Problems.of(HttpStatus.FORBIDDEN, "Ce créneau n'est pas le vôtre / Not your shift"));
    }

    static ShiftProblem conflict(String detail) {
        return new ShiftProblem(Problems.of(HttpStatus.CONFLICT, detail));
    }

    static ShiftProblem unknownAlert() {
        return new ShiftProblem(Problems.of(HttpStatus.NOT_FOUND, "Alerte inconnue / Unknown alert"));
    }

    static ShiftProblem acknowledgedBy(Alert alert) {
        var problem = Problems.of(HttpStatus.CONFLICT, "Déjà prise en compte par " + alert.acknowledgedBy()
                + " / Already acknowledged by " + alert.acknowledgedBy());
        problem.setProperty("alert", alert);
        return new ShiftProblem(problem);
    }

    ProblemDetail problem() {
        return problem;
    }
}
