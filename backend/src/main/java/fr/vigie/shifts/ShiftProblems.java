package fr.vigie.shifts;

import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The shifts feature's refusals as problem documents. */
@RestControllerAdvice(basePackageClasses = ShiftProblems.class)
class ShiftProblems {

    @ExceptionHandler(ShiftProblem.class)
    ResponseEntity<ProblemDetail> problem(ShiftProblem e) {
        var problem = ProblemDetail.forStatusAndDetail(e.status(), e.getMessage());
        if (e.status().value() == 422) {
            problem.setTitle("Invalid request content");
        }
        e.properties().forEach(problem::setProperty);
        return ResponseEntity.status(e.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
