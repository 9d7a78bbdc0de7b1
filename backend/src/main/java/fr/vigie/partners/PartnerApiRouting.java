package fr.vigie.partners;

import java.io.IOException;
import java.util.stream.Collectors;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

import fr.vigie.infrastructure.web.Problems;

/**
 * What a valid partner key gets outside the endpoints of {@link PartnerEndpoints}: 405 with
 * {@code Allow} on a partner path called with another method, 404 anywhere else. Never 401 or
 * 403: the key is good, and a partner reads 401 as "fix your key" and stops sending.
 * <p>
 * A workbench or administration path called with a partner key answers 404 too, from here,
 * before any controller: for the partner API that resource does not exist, and letting the
 * request through would run a worker's endpoint with a partner as the caller.
 */
public class PartnerApiRouting extends OncePerRequestFilter {

    /** The title of the 404 given here, so that tests can tell it from an unknown report's 404. */
    public static final String NOT_IN_PARTNER_API = "Not part of the partner API";

    private final JsonMapper json;

    public PartnerApiRouting(JsonMapper json) {
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        boolean partner = authentication != null && authentication.getPrincipal() instanceof PartnerIdentity;
        if (!partner || PartnerEndpoints.isEndpoint(request)) {
            chain.doFilter(request, response);
            return;
        }
        var allowed = PartnerEndpoints.allowedMethods(request);
        if (allowed.isEmpty()) {
            Problems.write(json, response, Problems.of(HttpStatus.NOT_FOUND, NOT_IN_PARTNER_API,
                    "Ce chemin ne fait pas partie de l'API partenaire v1 / This path is not part of the partner API v1"));
            return;
        }
        response.setHeader(HttpHeaders.ALLOW, allowed.stream().map(HttpMethod::name).collect(Collectors.joining(", ")));
        if (HttpMethod.OPTIONS.matches(request.getMethod())) {
            response.setStatus(HttpStatus.NO_CONTENT.value());
            return;
        }
        Problems.write(json, response, HttpStatus.METHOD_NOT_ALLOWED,
                "Méthode non prise en charge sur ce chemin, voir Allow / Method not supported on this path, see Allow");
    }
}
