package fr.vigie.identity;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** Problem answers of the identity endpoints, shaped like ApiProblems' (422 with {@code errors}). */
final class FieldProblems {

    private FieldProblems() {
    }

    static ResponseEntity<ProblemDetail> invalid(String field, String message) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                "La demande contient des champs invalides / Some fields are invalid");
        problem.setTitle("Invalid request content");
        problem.setProperty("errors", List.of(Map.of("field", field, "message", message)));
        return of(HttpStatus.UNPROCESSABLE_CONTENT, problem);
    }

    static ResponseEntity<ProblemDetail> status(HttpStatus status, String detail) {
        return of(status, ProblemDetail.forStatusAndDetail(status, detail));
    }

    private static ResponseEntity<ProblemDetail> of(HttpStatus status, ProblemDetail problem) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
