package fr.vigie.identity;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationManager;
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

/** Session login for the workbench: {@code POST /api/v1/auth/login}, {@code logout}, {@code me}. */
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

    AuthController(AuthenticationManager authenticationManager, SecurityContextRepository contexts) {
        this.authenticationManager = authenticationManager;
        this.contexts = contexts;
    }

    @PostMapping("/login")
    ResponseEntity<?> login(@Valid @RequestBody Credentials credentials, HttpServletRequest request,
            HttpServletResponse response) {
        Authentication authentication;
        try {
            authentication = authenticationManager.authenticate(
                    UsernamePasswordAuthenticationToken.unauthenticated(credentials.username(), credentials.password()));
        } catch (AuthenticationException e) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(ProblemDetail.forStatusAndDetail(
                    HttpStatus.UNAUTHORIZED, "Identifiant ou mot de passe incorrect / Wrong username or password"));
        }
        // A fresh session id on login: a session fixed before login is worth nothing after it.
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        renderCsrfCookie(request);
        return ResponseEntity.ok(CurrentUser.of(authentication));
    }

    @GetMapping("/me")
    CurrentUser me(Authentication authentication, HttpServletRequest request) {
        renderCsrfCookie(request);
        return CurrentUser.of(authentication);
    }

    @PostMapping("/logout")
    ResponseEntity<Void> logout(HttpServletRequest request) {
        var session = request.getSession(false);
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
