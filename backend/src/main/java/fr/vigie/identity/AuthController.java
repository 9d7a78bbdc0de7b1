package fr.vigie.identity;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
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
import fr.vigie.infrastructure.web.Problems;

/**
 * Session login for the workbench: {@code POST /api/v1/auth/login}, {@code logout}, {@code me}.
 * Failed logins lock the username (423) or throttle the source address (429), see
 * {@link LoginThrottle}; every success and failure is audited.
 */
@RestController
@RequestMapping(path = "/api/v1/auth", produces = MediaType.APPLICATION_JSON_VALUE)
class AuthController {

    /** @param code the TOTP code, for accounts with a second factor */
    record Credentials(@NotBlank @Size(max = 100) String username, @NotBlank @Size(max = 200) String password,
            @Size(max = 12) String code) {
    }

    /**
     * @param secondFactorEnabled  the account has a confirmed TOTP secret
     * @param secondFactorRequired one of its roles requires one ({@code vigie.security.second-factor.required-for})
     */
    record CurrentUser(String username, List<String> roles, boolean secondFactorEnabled, boolean secondFactorRequired) {
    }

    private CurrentUser currentUser(Authentication authentication) {
        List<String> roles = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).filter(a -> a.startsWith("ROLE_"))
                .map(a -> a.substring("ROLE_".length())).sorted().toList();
        boolean enabled = users.totp(authentication.getName()).isPresent();
        boolean required = secondFactor.requiredFor(roles.stream().map(Role::valueOf).toList());
        return new CurrentUser(authentication.getName(), roles, enabled, required);
    }

    private final AuthenticationManager authenticationManager;
    private final SecurityContextRepository contexts;
    private final LoginThrottle throttle;
    private final UserAccounts users;
    private final Audit audit;
    private final SecondFactorProperties secondFactor;
    private final java.time.Clock clock = java.time.Clock.systemUTC();

    AuthController(AuthenticationManager authenticationManager, SecurityContextRepository contexts,
            LoginThrottle throttle, UserAccounts users, Audit audit, SecondFactorProperties secondFactor) {
        this.secondFactor = secondFactor;
        this.authenticationManager = authenticationManager;
        this.contexts = contexts;
        this.throttle = throttle;
        this.users = users;
        this.audit = audit;
    }

    @ApiResponse(responseCode = "200", description = "Signed in", content = @Content(schema = @Schema(implementation = CurrentUser.class)))
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
            return Problems.retryAfter(Problems.of(status, locked
                    ? "Compte verrouillé après trop d'échecs, réessayez plus tard / Account locked after too many failures"
                    : "Trop de tentatives depuis cette adresse, réessayez plus tard / Too many attempts from this address"),
                    Long.toString(seconds));
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
            return Problems.answer(HttpStatus.UNAUTHORIZED, "Identifiant ou mot de passe incorrect / Wrong username or password");
        }
        var totp = users.totp(authentication.getName());
        if (totp.isPresent()) {
            if (credentials.code() == null || credentials.code().isBlank()) {
                // The password was right: ask for the code (no session yet, no failure counted).
                return secondFactorNeeded("Code de vérification requis / Verification code required");
            }
            if (!totp.get().readable()) {
                audit.record(username, AuditActions.LOGIN_FAILED, null, address, Map.of("reason", "unreadable_second_factor"));
                return secondFactorNeeded("Double authentification illisible par le serveur : demandez à un "
                        + "administrateur de la réinitialiser / Second factor unreadable: ask an administrator to reset it");
            }
            var step = Totp.match(totp.get().secret(), credentials.code(), clock.instant(), totp.get().lastStep());
            if (step.isEmpty() || !users.useTotpStep(authentication.getName(), step.getAsLong())) {
                boolean lockedNow = throttle.failed(username, address);
                audit.record(username, AuditActions.LOGIN_FAILED, null, address,
                        Map.of("reason", "bad_second_factor", "lockedNow", lockedNow));
                return secondFactorNeeded("Code de vérification incorrect / Wrong verification code");
            }
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
        var user = currentUser(authentication);
        if (user.secondFactorRequired() && !user.secondFactorEnabled()) {
            SessionRevalidationFilter.requireEnrolment(request.getSession());
        }
        renderCsrfCookie(request);
        audit.record(authentication.getName(), AuditActions.LOGIN_SUCCEEDED, null, address,
                Map.of("secondFactor", totp.isPresent()));
        return ResponseEntity.ok(user);
    }

    @GetMapping("/me")
    CurrentUser me(Authentication authentication, HttpServletRequest request) {
        renderCsrfCookie(request);
        return currentUser(authentication);
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

    private static ResponseEntity<ProblemDetail> secondFactorNeeded(String detail) {
        var problem = Problems.of(HttpStatus.UNAUTHORIZED, detail);
        problem.setProperty("secondFactor", "TOTP");
        return Problems.answer(problem);
    }

    /** The CSRF token is deferred; reading it makes the repository write the XSRF-TOKEN cookie. */
    private static void renderCsrfCookie(HttpServletRequest request) {
        if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
            token.getToken();
        }
    }
}
