package fr.vigie.identity;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

/** 401 and 403 as {@code application/problem+json}, never a redirect to a login page. */
final class ProblemResponses {

    private ProblemResponses() {
    }

    static AuthenticationEntryPoint unauthorized(JsonMapper json) {
        return (request, response, e) -> write(json, response, HttpStatus.UNAUTHORIZED,
                "Authentification requise / Authentication required");
    }

    static AccessDeniedHandler forbidden(JsonMapper json) {
        return (request, response, e) -> write(json, response, HttpStatus.FORBIDDEN,
                "Accès refusé / Access denied");
    }

    static fr.vigie.partners.PartnerKeyAuthenticationFilter.TooManyRequests tooManyRequests(JsonMapper json) {
        return (response, seconds) -> {
            response.setHeader("Retry-After", String.valueOf(seconds));
            write(json, response, HttpStatus.TOO_MANY_REQUESTS,
                    "Trop de requêtes, réessayez dans " + seconds + " s / Too many requests, retry in " + seconds + " s");
        };
    }

    private static void write(JsonMapper json, HttpServletResponse response, HttpStatus status, String detail)
            throws IOException {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
