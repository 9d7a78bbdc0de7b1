package fr.vigie.infrastructure.web;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every API error as RFC 9457 {@code application/problem+json}, whatever the {@code Accept}
 * header said (a 406 included). Validation problems list each field at fault
 * ({@code errors: [{field, message}]}) and answer 422; unreadable bodies answer 400 without
 * echoing what was sent (it may be report content), and Spring's generic 404/405/406/415 get a
 * French/English detail that does not quote the path or headers either.
 */
@RestControllerAdvice
class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Set<Integer> GENERIC = Set.of(404, 405, 406, 415);

    record FieldProblem(String field, String message) {
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(e -> new FieldProblem(e.getField(), message(e)))
                .sorted(Comparator.comparing(FieldProblem::field))
                .toList();
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                "Le signalement contient des champs invalides / Some fields are invalid");
        problem.setTitle("Invalid request content");
        problem.setProperty("errors", errors);
        return createResponseEntity(problem, headers, HttpStatus.UNPROCESSABLE_CONTENT, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof BodyTooLargeException) {
                var problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
                        "Corps de requête trop volumineux / Request body too large (" + t.getMessage() + ")");
                problem.setTitle("Content Too Large");
                return createResponseEntity(problem, headers, HttpStatus.CONTENT_TOO_LARGE, request);
            }
        }
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "Corps de requête illisible : JSON invalide ou type de champ incorrect / "
                        + "Unreadable body: malformed JSON or a field of the wrong type");
        problem.setTitle("Malformed request");
        return createResponseEntity(problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
            WebRequest request) {
        var response = ResponseEntity.status(status).headers(headers);
        if (body instanceof ProblemDetail problem) {
            if (GENERIC.contains(status.value())) {
                problem.setDetail(StatusDetails.problem(status.value()).getDetail());
            }
            // set here, the type is not negotiated: a client that accepts only XML still gets the reason
            response.contentType(MediaType.APPLICATION_PROBLEM_JSON);
        }
        return response.body(body);
    }

    private static String message(FieldError error) {
        return error.getDefaultMessage() == null ? "invalide / invalid" : error.getDefaultMessage();
    }

}
