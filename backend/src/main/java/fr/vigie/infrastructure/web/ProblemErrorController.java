package fr.vigie.infrastructure.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * {@code /error}, where the container forwards every error that reached it (a {@code sendError}
 * from a filter, an exception no handler took): always {@code application/problem+json},
 * whatever the {@code Accept} header, with the status the error had and a generic detail. Called
 * directly there is no error to show: 404.
 */
@RestController
class ProblemErrorController implements ErrorController {

    private final ErrorAttributes errors;

    ProblemErrorController(ErrorAttributes errors) {
        this.errors = errors;
    }

    @RequestMapping("${server.error.path:/error}")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Throwable error = errors.getError(new ServletWebRequest(request));
        ProblemDetail problem = StatusDetails.problem(status(request, error));
        return problem.getStatus() == HttpStatus.SERVICE_UNAVAILABLE.value()
                ? Problems.retryAfter(problem, ReadinessGate.RETRY_AFTER_SECONDS) : Problems.answer(problem);
    }

    private static int status(HttpServletRequest request, Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof RequestRejectedException) {
                return HttpStatus.BAD_REQUEST.value();
            }
        }
        return request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer status
                ? status : HttpStatus.NOT_FOUND.value();
    }
}
