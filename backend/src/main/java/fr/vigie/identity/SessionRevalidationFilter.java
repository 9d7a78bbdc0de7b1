package fr.vigie.identity;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session whose account was disabled, had its roles changed or its password reset since
 * the session began (the account's version moved on): the request goes on anonymous, hence 401.
 * Holds a session that must enrol a second factor to the session endpoints (403 elsewhere).
 */
class SessionRevalidationFilter extends OncePerRequestFilter {

    private static final String VERSION = SessionRevalidationFilter.class.getName() + ".version";
    private static final String ENROLMENT_REQUIRED = SessionRevalidationFilter.class.getName() + ".enrolmentRequired";

    private final UserAccounts users;

    SessionRevalidationFilter(UserAccounts users) {
        this.users = users;
    }

    static void remember(HttpSession session, int version) {
        session.setAttribute(VERSION, version);
    }

    /** Until enrolled, the session reaches only the session endpoints and the front end's pages. */
    static void requireEnrolment(HttpSession session) {
        session.setAttribute(ENROLMENT_REQUIRED, Boolean.TRUE);
    }

    static void enrolled(HttpSession session) {
        session.removeAttribute(ENROLMENT_REQUIRED);
    }

    static boolean allowedBeforeEnrolment(String path) {
        return path.startsWith("/api/v1/auth/") || !(path.startsWith("/api/") || path.startsWith("/actuator"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (session != null && authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)) {
            boolean current = session.getAttribute(VERSION) instanceof Integer version
                    && users.activeVersion(authentication.getName()).filter(version::equals).isPresent();
            if (!current) {
                session.invalidate();
                SecurityContextHolder.clearContext();
            } else if (Boolean.TRUE.equals(session.getAttribute(ENROLMENT_REQUIRED))
                    && !allowedBeforeEnrolment(request.getRequestURI())) {
                response.setStatus(HttpServletResponse.SC_FORBIDDEN);
                response.setContentType("application/problem+json");
                response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Forbidden\",\"status\":403,"
                        + "\"detail\":\"Activez d'abord la double authentification / Set up your second factor first\","
                        + "\"secondFactor\":\"ENROLMENT_REQUIRED\"}");
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
