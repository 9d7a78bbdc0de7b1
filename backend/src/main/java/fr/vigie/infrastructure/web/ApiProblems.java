package fr.vigie.infrastructure.web;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

import jakarta.validation.ConstraintViolationException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.UnsatisfiedServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Every API error as RFC 9457 {@code application/problem+json}, whatever the {@code Accept}
 * header said (a 406 included), never quoting what was sent (it may be report content).
 * <ul>
 * <li>A body: 422 listing each field at fault ({@code errors: [{field, message}]}) — invalid,
 * of the wrong type, or with text that cannot be stored; 400 if it is not JSON at all; 413 over
 * the size limit.</li>
 * <li>A query or path parameter: 400 naming it — missing, not of its type, out of range, or
 * with text that cannot be stored.</li>
 * <li>Spring's generic 404/405/406/415: a French/English detail that does not quote the path or
 * headers.</li>
 * </ul>
 */
@RestControllerAdvice
class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Set<Integer> GENERIC = Set.of(404, 405, 406, 415);

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(e -> new FieldProblem(e.getField(), message(e)))
                .sorted(Comparator.comparing(FieldProblem::field))
                .toList();
        return fields(errors, headers, request);
    }

    @ExceptionHandler(StorableBodies.UnstorableTextException.class)
    ResponseEntity<Object> unstorableBody(StorableBodies.UnstorableTextException ex, WebRequest request) {
        return fields(ex.problems(), new HttpHeaders(), request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof BodyTooLargeException) {
                var problem = Problems.of(HttpStatus.CONTENT_TOO_LARGE, "Content Too Large",
                        "Corps de requête trop volumineux / Request body too large (" + t.getMessage() + ")");
                return createResponseEntity(problem, headers, HttpStatus.CONTENT_TOO_LARGE, request);
            }
            if (t instanceof MismatchedInputException mismatch) {
                return fields(List.of(new FieldProblem(BodyPaths.of(mismatch),
                        "type incorrect, valeur absente ou non reconnue / wrong type, missing or unrecognised value")),
                        headers, request);
            }
        }
        var problem = Problems.of(HttpStatus.BAD_REQUEST, "Malformed request",
                "Corps de requête illisible : JSON invalide ou absent / Unreadable body: malformed or missing JSON");
        return createResponseEntity(problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String name = ex instanceof MethodArgumentTypeMismatchException argument ? argument.getName() : ex.getPropertyName();
        String message = ParameterTypes.expected(ex.getRequiredType());
        for (Throwable t = ex.getCause(); t != null; t = t.getCause()) {
            if (StorableText.NUL.equals(t.getMessage()) || StorableText.UNPAIRED_SURROGATE.equals(t.getMessage())) {
                message = t.getMessage();
            }
        }
        return parameters(List.of(new FieldProblem(name, message)), headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return parameters(List.of(new FieldProblem(ex.getParameterName(), "obligatoire / required")), headers, request);
    }

    /** A mapping that needs a parameter ({@code GET /api/v1/reports?externalId=}) called without it. */
    @Override
    protected ResponseEntity<Object> handleServletRequestBindingException(ServletRequestBindingException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (ex instanceof UnsatisfiedServletRequestParameterException unsatisfied) {
            var errors = unsatisfied.getParamConditionGroups().stream().flatMap(java.util.Arrays::stream)
                    .map(condition -> condition.replaceAll("[!=].*$", ""))
                    .distinct()
                    .map(name -> new FieldProblem(name, "obligatoire / required"))
                    .toList();
            return parameters(errors, headers, request);
        }
        return super.handleServletRequestBindingException(ex, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var errors = ex.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream().map(error -> new FieldProblem(
                        ParameterTypes.name(result.getMethodParameter()),
                        error.getDefaultMessage() == null ? "invalide / invalid" : error.getDefaultMessage())))
                .sorted(Comparator.comparing(FieldProblem::field))
                .toList();
        return parameters(errors, headers, request);
    }

    /** Method validation through a proxy ({@code @Validated} on a bean): parameters again. */
    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> constraintViolation(ConstraintViolationException ex, WebRequest request) {
        var errors = ex.getConstraintViolations().stream()
                .map(v -> {
                    String path = v.getPropertyPath().toString();
                    return new FieldProblem(path.substring(path.lastIndexOf('.') + 1), v.getMessage());
                })
                .sorted(Comparator.comparing(FieldProblem::field))
                .toList();
        return parameters(errors, new HttpHeaders(), request);
    }

    /** A multipart body the container cannot parse: the API takes JSON only. */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Object> multipart(MultipartException ex, WebRequest request) {
        var problem = Problems.of(HttpStatus.BAD_REQUEST,
                "Corps multipart illisible ; l'API attend du JSON / Unreadable multipart body; the API takes JSON");
        return createResponseEntity(problem, new HttpHeaders(), HttpStatus.BAD_REQUEST, request);
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

    private ResponseEntity<Object> fields(List<FieldProblem> errors, HttpHeaders headers, WebRequest request) {
        return createResponseEntity(Problems.invalidFields(errors), headers, HttpStatus.UNPROCESSABLE_CONTENT, request);
    }

    private ResponseEntity<Object> parameters(List<FieldProblem> errors, HttpHeaders headers, WebRequest request) {
        return createResponseEntity(Problems.invalidParameters(errors), headers, HttpStatus.BAD_REQUEST, request);
    }

    private static String message(FieldError error) {
        return error.getDefaultMessage() == null ? "invalide / invalid" : error.getDefaultMessage();
    }
}
