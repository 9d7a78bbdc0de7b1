package fr.vigie.shifts;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;

/** A planning rule said no: the status to answer, a French/English detail, extra properties. */
class ShiftProblem extends RuntimeException {

    private final HttpStatus status;
    private final transient Map<String, Object> properties;

    ShiftProblem(HttpStatus status, String detail, Map<String, Object> properties) {
        super(detail, null, false, false);
        this.status = status;
        this.properties = properties;
    }

    static ShiftProblem invalid(List<FieldError> errors) {
        return new ShiftProblem(HttpStatus.UNPROCESSABLE_CONTENT,
                "La demande contient des champs invalides / Some fields are invalid", Map.of("errors", errors));
    }

    static ShiftProblem invalid(String field, String message) {
        return invalid(List.of(new FieldError(field, message)));
    }

    /** A query parameter at fault: 400 naming it, like every other parameter of the API. */
    static ShiftProblem badParameter(String name, String message) {
        return new ShiftProblem(HttpStatus.BAD_REQUEST, "Paramètre invalide : voir errors / Invalid parameter: see errors",
                Map.of("errors", List.of(new FieldError(name, message))));
    }

    static ShiftProblem notFound() {
        return new ShiftProblem(HttpStatus.NOT_FOUND, "Créneau inconnu / Unknown shift", Map.of());
    }

    static ShiftProblem notYours() {
        return new ShiftProblem(HttpStatus.FORBIDDEN, "Ce créneau n'est pas le vôtre / Not your shift", Map.of());
    }

    static ShiftProblem conflict(String detail) {
        return new ShiftProblem(HttpStatus.CONFLICT, detail, Map.of());
    }

    HttpStatus status() {
        return status;
    }

    Map<String, Object> properties() {
        return properties;
    }
}
