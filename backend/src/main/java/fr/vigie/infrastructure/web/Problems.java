package fr.vigie.infrastructure.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one owner of error answers. Every refusal Vigie gives — from a controller, an exception
 * handler, a security filter or the container — is an RFC 9457 problem document built here and
 * sent as {@code application/problem+json} whatever the {@code Accept} header said. The detail
 * says what happened and what to do, in French then English, and never quotes the request (it
 * may be report content); fields at fault are listed in {@code errors} as {@link FieldProblem}s.
 */
public final class Problems {

    /** The detail of a 422 whose fields are listed in {@code errors}, when nothing more specific is said. */
    public static final String INVALID_FIELDS = "La demande contient des champs invalides / Some fields are invalid";
    /** The title that goes with {@link #INVALID_FIELDS}. */
    public static final String INVALID_FIELDS_TITLE = "Invalid request content";
    static final String INVALID_PARAMETERS = "Paramètre invalide : voir errors / Invalid parameter: see errors";
    static final String INVALID_PARAMETERS_TITLE = "Invalid parameter";

    private Problems() {
    }

    /** A problem whose title is the status's own phrase ({@code Not Found}, {@code Conflict}…). */
    public static ProblemDetail of(HttpStatusCode status, String detail) {
        return ProblemDetail.forStatusAndDetail(status, detail);
    }

    /** A problem with a title of its own, which tells it from other problems of the same status. */
    public static ProblemDetail of(HttpStatusCode status, String title, String detail) {
        var problem = of(status, detail);
        problem.setTitle(title);
        return problem;
    }

    /** A problem listing the fields at fault in {@code errors}; {@code title} null for the status's phrase. */
    public static ProblemDetail withErrors(HttpStatusCode status, String title, String detail, List<FieldProblem> errors) {
        var problem = of(status, detail);
        if (title != null) {
            problem.setTitle(title);
        }
        problem.setProperty("errors", List.copyOf(errors));
        return problem;
    }

    /** 422: these fields of the body are at fault. */
    public static ProblemDetail invalidFields(List<FieldProblem> errors) {
        return withErrors(HttpStatus.UNPROCESSABLE_CONTENT, INVALID_FIELDS_TITLE, INVALID_FIELDS, errors);
    }

    /** 422: this one field of the body is at fault. */
    public static ProblemDetail invalidField(String field, String message) {
        return invalidFields(List.of(new FieldProblem(field, message)));
    }

    /** 400: these query, path or header parameters are at fault. */
    public static ProblemDetail invalidParameters(List<FieldProblem> errors) {
        return withErrors(HttpStatus.BAD_REQUEST, INVALID_PARAMETERS_TITLE, INVALID_PARAMETERS, errors);
    }

    /** A controller's answer: the problem's status, {@code application/problem+json}, the problem. */
    public static ResponseEntity<ProblemDetail> answer(ProblemDetail problem) {
        return answer(problem, new HttpHeaders());
    }

    /** {@link #answer(ProblemDetail)} with a status and a detail. */
    public static ResponseEntity<ProblemDetail> answer(HttpStatusCode status, String detail) {
        return answer(of(status, detail));
    }

    /** {@link #answer(ProblemDetail)} with headers of its own ({@code Retry-After}, {@code Allow}…). */
    public static ResponseEntity<ProblemDetail> answer(ProblemDetail problem, HttpHeaders headers) {
        return ResponseEntity.status(problem.getStatus()).headers(headers)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** {@link #answer(ProblemDetail)} telling the client when to retry, in seconds. */
    public static ResponseEntity<ProblemDetail> retryAfter(ProblemDetail problem, String seconds) {
        var headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, seconds);
        return answer(problem, headers);
    }

    /**
     * Writes the problem straight to the servlet response, for the answers given before Spring
     * MVC is reached (security filters, the readiness gate): the same document as a controller's.
     * Headers set on the response before stay.
     */
    public static void write(JsonMapper json, HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }

    /** {@link #write(JsonMapper, HttpServletResponse, ProblemDetail)} with a status and a detail. */
    public static void write(JsonMapper json, HttpServletResponse response, HttpStatusCode status, String detail)
            throws IOException {
        write(json, response, of(status, detail));
    }
}
