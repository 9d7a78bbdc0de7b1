package fr.vigie.infrastructure.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a problem document straight to the servlet response, for the answers given before
 * Spring MVC is reached (security filters, the readiness gate): the same RFC 9457 shape as the
 * controllers' problems.
 */
public final class ProblemWriter {

    private ProblemWriter() {
    }

    public static void write(JsonMapper json, HttpServletResponse response, HttpStatus status, String detail)
            throws IOException {
        write(json, response, ProblemDetail.forStatusAndDetail(status, detail));
    }

    public static void write(JsonMapper json, HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
