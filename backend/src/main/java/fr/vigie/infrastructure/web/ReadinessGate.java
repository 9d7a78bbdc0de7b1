package fr.vigie.infrastructure.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * While the application is not ready — starting (the web server listens before the start-up
 * work is done) or stopping (Boot publishes {@code REFUSING_TRAFFIC} as soon as the context
 * starts closing) — every request but the health probes answers 503 with {@code Retry-After},
 * before security: a partner must read "come back", never 401/403 from a half-started or
 * half-stopped application, and nothing is accepted that could not be kept.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ReadinessGate extends OncePerRequestFilter {

    static final String RETRY_AFTER_SECONDS = "5";

    private final ApplicationAvailability availability;
    private final JsonMapper json;

    ReadinessGate(ApplicationAvailability availability, JsonMapper json) {
        this.availability = availability;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/actuator/health") || path.startsWith("/actuator/health/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        response.setHeader(HttpHeaders.CONNECTION, "close");
        Problems.write(json, response, HttpStatus.SERVICE_UNAVAILABLE,
                "Vigie démarre ou s'arrête, réessayez après Retry-After / Vigie is starting or stopping, retry after Retry-After");
    }
}
