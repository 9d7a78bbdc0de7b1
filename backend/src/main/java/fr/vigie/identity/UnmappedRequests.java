package fr.vigie.identity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.springframework.context.ApplicationContext;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Requests that no endpoint answers: no such path, or not with this method. They may go on to
 * Spring MVC, which answers the truth (404, or 405 with {@code Allow}) instead of the deny-all's
 * 401/403. An endpoint that exists but has no security rule is not matched here and stays denied,
 * so forgetting a rule still closes the door.
 */
final class UnmappedRequests implements RequestMatcher {

    private final ApplicationContext context;
    private volatile List<RequestMappingInfoHandlerMapping> mappings;

    UnmappedRequests(ApplicationContext context) {
        this.context = context;
    }

    @Override
    public boolean matches(HttpServletRequest request) {
        // the look-up writes request attributes (matched pattern, path variables): keep them aside
        var probe = new AttributesAside(request);
        ServletRequestPathUtils.parseAndCache(probe);
        for (var mapping : mappings()) {
            try {
                if (mapping.getHandler(probe) != null) {
                    return false;
                }
            } catch (HttpRequestMethodNotSupportedException wrongMethod) {
                // the path exists with other methods only: MVC answers 405 with Allow
            } catch (Exception mappedButRefused) {
                // e.g. a media type the endpoint does not take: the endpoint exists
                return false;
            }
        }
        return true;
    }

    private List<RequestMappingInfoHandlerMapping> mappings() {
        if (mappings == null) {
            mappings = List.copyOf(context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values());
        }
        return mappings;
    }

    private static final class AttributesAside extends HttpServletRequestWrapper {
        private final Map<String, Object> attributes = new HashMap<>();

        AttributesAside(HttpServletRequest request) {
            super(request);
        }

        @Override
        public Object getAttribute(String name) {
            return attributes.containsKey(name) ? attributes.get(name) : super.getAttribute(name);
        }

        @Override
        public void setAttribute(String name, Object value) {
            attributes.put(name, value);
        }

        @Override
        public void removeAttribute(String name) {
            attributes.put(name, null);
        }
    }
}
