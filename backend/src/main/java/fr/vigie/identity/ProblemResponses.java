package fr.vigie.identity;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import tools.jackson.databind.json.JsonMapper;

import fr.vigie.infrastructure.web.Problems;

/** 401, 403 and the firewall's 400 as {@code application/problem+json}, never a redirect to a login page. */
final class ProblemResponses {

    private ProblemResponses() {
    }

    static AuthenticationEntryPoint unauthorized(JsonMapper json) {
        return (request, response, e) -> Problems.write(json, response, HttpStatus.UNAUTHORIZED,
                "Authentification requise / Authentication required");
    }

    /**
     * The partner API's 401, with the {@code WWW-Authenticate} challenge of RFC 6750: a bare
     * {@code Bearer} when no key was sent, {@code error="invalid_token"} when the key is unknown
     * or revoked. Only these two cases answer 401 on the partner API.
     */
    static AuthenticationEntryPoint partnerUnauthorized(JsonMapper json) {
        return (request, response, e) -> {
            if (e instanceof BadCredentialsException) {
                response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
                Problems.write(json, response, HttpStatus.UNAUTHORIZED,
                        "Clé d'API inconnue ou révoquée / Unknown or revoked API key");
            } else {
                response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
                Problems.write(json, response, HttpStatus.UNAUTHORIZED,
                        "Clé d'API requise : Authorization: Bearer <clé> / API key required: Authorization: Bearer <key>");
            }
        };
    }

    /**
     * The 403 says why: a missing or stale CSRF token (the page is older than the session it
     * talks to: reloading it fetches a new token), or a role that does not allow the action.
     */
    static AccessDeniedHandler forbidden(JsonMapper json) {
        return (request, response, e) -> Problems.write(json, response, HttpStatus.FORBIDDEN,
                e instanceof CsrfException
                        ? "Accès refusé : jeton de sécurité absent ou périmé, rechargez la page"
                                + " / Access denied: security token missing or stale, reload the page"
                        : "Accès refusé : votre rôle ne permet pas cette action / Access denied: your role does not allow this");
    }

    /**
     * Requests the firewall refuses (encoded slashes or percent signs, {@code ;}, {@code //},
     * control characters in the path...): 400 at once, rather than a forward to {@code /error}
     * through the filters again. The detail never quotes the request, which may carry content.
     */
    static RequestRejectedHandler rejected(JsonMapper json) {
        return (request, response, e) -> Problems.write(json, response, HttpStatus.BAD_REQUEST,
                "Requête refusée : chemin ou en-tête non conforme / Request refused: malformed path or header");
    }

    static fr.vigie.partners.PartnerKeyAuthenticationFilter.TooManyRequests tooManyRequests(JsonMapper json) {
        return (response, seconds) -> {
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
            Problems.write(json, response, HttpStatus.TOO_MANY_REQUESTS,
                    "Trop de requêtes, réessayez dans " + seconds + " s / Too many requests, retry in " + seconds + " s");
        };
    }
}
