package fr.vigie.shifts;

import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import fr.vigie.infrastructure.web.Problems;

/** The shifts feature's refusals as problem documents. */
@RestControllerAdvice(basePackageClasses = ShiftProblems.class)
class ShiftProblems {

    @ExceptionHandler(ShiftProblem.class)
    ResponseEntity<ProblemDetail> problem(ShiftProblem e) {
        return Problems.answer(e.problem());
    }
}
