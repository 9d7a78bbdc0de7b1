package fr.vigie.identity;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import fr.vigie.audit.Audit;
import fr.vigie.audit.AuditActions;

/**
 * Session login for the workbench: {@code POST /api/v1/auth/login}, {@code logout}, {@code me}.
 * Failed logins lock the username (423) or throttle the source address (429), see
 * {@link LoginThrottle}; every success and failure is audited.
 */
@RestController
@RequestMapping("/api/v1/auth")
class AuthController {

    record Credentials(@NotBlank @Size(max = 100) String username, @NotBlank @Size(max = 200) String password) {
    }

    record CurrentUser(String username, List<String> roles) {
        static CurrentUser of(Authentication authentication) {
            return new CurrentUser(authentication.getName(), authentication.getAuthorities().stream()
                    .map(GrantedAuthority::getAuthority).filter(a -> a.startsWith("ROLE_"))
                    .map(a -> a.substring("ROLE_".length())).sorted().toList());
        }
    }

    private final AuthenticationManager authenticationManager;
    private final SecurityContextRepository contexts;
    private final LoginThrottle throttle;
    private final UserAccounts users;
    private final Audit audit;

    AuthController(AuthenticationManager authenticationManager, SecurityContextRepository contexts,
            LoginThrottle throttle, UserAccounts users, Audit audit) {
        this.authenticationManager = authenticationManager;
        this.contexts = contexts;
        this.throttle = throttle;
        this.users = users;
        this.audit = audit;
    }

    @PostMapping("/login")
    ResponseEntity<?> login(@Valid @RequestBody Credentials credentials, HttpServletRequest request,
            HttpServletResponse response) {
        String username = credentials.username();
        String address = request.getRemoteAddr();
        var verdict = throttle.check(username, address);
        if (verdict.outcome() != LoginThrottle.Outcome.ALLOWED) {
            boolean locked = verdict.outcome() == LoginThrottle.Outcome.USER_LOCKED;
            audit.record(username, AuditActions.LOGIN_FAILED, null, address,
                    Map.of("reason", locked ? "locked" : "throttled"));
            long seconds = Math.max(1, verdict.retryAfter().toSeconds());
            var status = locked ? HttpStatus.LOCKED : HttpStatus.TOO_MANY_REQUESTS;
            var problem = ProblemDetail.forStatusAndDetail(status, locked
                    ? "Compte verrouillé après trop d'échecs, réessayez plus tard / Account locked after too many failures"
                    : "Trop de tentatives depuis cette adresse, réessayez plus tard / Too many attempts from this address");
            return ResponseEntity.status(status).header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        Authentication authentication;
        try {
            authentication = authenticationManager.authenticate(
                    UsernamePasswordAuthenticationToken.unauthenticated(username, credentials.password()));
        } catch (AuthenticationException e) {
            boolean lockedNow = throttle.failed(username, address);
            audit.record(username, AuditActions.LOGIN_FAILED, null, address,
                    Map.of("reason", e instanceof DisabledException ? "disabled" : "bad_credentials",
                            "lockedNow", lockedNow));
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
                            "Identifiant ou mot de passe incorrect / Wrong username or password"));
        }
        throttle.succeeded(username);
        // A fresh session id on login: a session fixed before login is worth nothing after it.
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        SessionRevalidationFilter.remember(request.getSession(), users.activeVersion(authentication.getName()).orElse(-1));
        renderCsrfCookie(request);
        audit.record(authentication.getName(), AuditActions.LOGIN_SUCCEEDED, null, address, Map.of());
        return ResponseEntity.ok(CurrentUser.of(authentication));
    }

    @GetMapping("/me")
    CurrentUser me(Authentication authentication, HttpServletRequest request) {
        renderCsrfCookie(request);
        return CurrentUser.of(authentication);
    }

    @PostMapping("/logout")
    ResponseEntity<Void> logout(HttpServletRequest request, Authentication authentication) {
        var session = request.getSession(false);
        audit.record(authentication.getName(), AuditActions.LOGOUT, null, request.getRemoteAddr(), Map.of());
        if (session != null) {
            session.invalidate();
        }
        SecurityContextHolder.clearContext();
        return ResponseEntity.noContent().build();
    }

    /** The CSRF token is deferred; reading it makes the repository write the XSRF-TOKEN cookie. */
    private static void renderCsrfCookie(HttpServletRequest request) {
        if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
            token.getToken();
        }
    }
}
