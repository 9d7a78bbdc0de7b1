package fr.vigie.partners;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The partner API v1, method and path of each endpoint: the one list that the security rules
 * (who may call what), the 404/405 answers to a partner key and the OpenAPI group all read, so
 * that an endpoint added here is open, routed and documented at once.
 */
public final class PartnerEndpoints {

    /** One endpoint of the partner API. */
    public record Endpoint(HttpMethod method, String path) {

        PathPattern pattern() {
            return PathPatternParser.defaultInstance.parse(path);
        }
    }

    public static final List<Endpoint> ALL = List.of(
            new Endpoint(HttpMethod.POST, "/api/v1/reports"),
            new Endpoint(HttpMethod.POST, "/api/v1/reports/batch"),
            new Endpoint(HttpMethod.GET, "/api/v1/reports"),
            new Endpoint(HttpMethod.GET, "/api/v1/reports/{id}/status"));

    private record Compiled(HttpMethod method, PathPattern pattern) {
    }

    private static final List<Compiled> COMPILED = ALL.stream().map(e -> new Compiled(e.method(), e.pattern())).toList();

    private PartnerEndpoints() {
    }

    /** The paths, for OpenAPI's path matching ({@code /api/v1/reports/*} style). */
    public static String[] pathPatterns() {
        return ALL.stream().map(e -> e.path().replaceAll("\\{[^}]+}", "*")).distinct().toArray(String[]::new);
    }

    /** The request is one of the endpoints; HEAD counts as GET, since Spring MVC answers it for every GET. */
    public static boolean isEndpoint(HttpServletRequest request) {
        return allowedMethods(request).stream().anyMatch(m -> m.matches(request.getMethod())
                || (m == HttpMethod.GET && HttpMethod.HEAD.matches(request.getMethod())));
    }

    /** The request's path belongs to the partner API, whatever its method. */
    public static boolean isPartnerPath(HttpServletRequest request) {
        return !allowedMethods(request).isEmpty();
    }

    /** The methods the request's path answers (for {@code Allow}); empty if it is not a partner path. */
    public static Set<HttpMethod> allowedMethods(HttpServletRequest request) {
        var path = PathContainer.parsePath(request.getRequestURI().substring(request.getContextPath().length()));
        var methods = new LinkedHashSet<HttpMethod>();
        for (var endpoint : COMPILED) {
            if (endpoint.pattern().matches(path)) {
                methods.add(endpoint.method());
            }
        }
        return methods;
    }
}
