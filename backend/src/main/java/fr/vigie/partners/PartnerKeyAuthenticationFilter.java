package fr.vigie.partners;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Recognises {@code Authorization: Bearer <api key>} and authenticates the call as that partner
 * (role {@code PARTNER}) for this request only: partners never get a session. Each call takes
 * one request from the partner's budget ({@link PartnerRateLimits}); over budget, 429.
 */
public class PartnerKeyAuthenticationFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final PartnerDirectory partners;
    private final PartnerRateLimits rateLimits;
    private final AuthenticationEntryPoint entryPoint;
    private final TooManyRequests tooManyRequests;

    /** Writes the 429 answer; the seconds to wait go to {@code Retry-After}. */
    @FunctionalInterface
    public interface TooManyRequests {
        void write(HttpServletResponse response, long retryAfterSeconds) throws IOException;
    }

    public PartnerKeyAuthenticationFilter(PartnerDirectory partners, PartnerRateLimits rateLimits,
            AuthenticationEntryPoint entryPoint, TooManyRequests tooManyRequests) {
        this.partners = partners;
        this.rateLimits = rateLimits;
        this.entryPoint = entryPoint;
        this.tooManyRequests = tooManyRequests;
    }

    public static boolean carriesPartnerKey(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        return header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!carriesPartnerKey(request)) {
            chain.doFilter(request, response);
            return;
        }
        String key = request.getHeader(HttpHeaders.AUTHORIZATION).substring(BEARER.length()).strip();
        var partner = partners.authenticate(key);
        if (partner.isEmpty()) {
            SecurityContextHolder.clearContext();
            entryPoint.commence(request, response, new BadCredentialsException("Unknown or revoked API key"));
            return;
        }
        var wait = rateLimits.tryConsume(partner.get().id());
        if (wait.isPresent()) {
            tooManyRequests.write(response, wait.getAsLong());
            return;
        }
        var authentication = new UsernamePasswordAuthenticationToken(partner.get(), null,
                List.of(new SimpleGrantedAuthority("ROLE_PARTNER")));
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
