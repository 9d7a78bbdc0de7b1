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
 */
class SessionRevalidationFilter extends OncePerRequestFilter {

    private static final String VERSION = SessionRevalidationFilter.class.getName() + ".version";

    private final UserAccounts users;

    SessionRevalidationFilter(UserAccounts users) {
        this.users = users;
    }

    static void remember(HttpSession session, int version) {
        session.setAttribute(VERSION, version);
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
            }
        }
        chain.doFilter(request, response);
    }
}
