package fr.vigie.identity;

import java.time.Clock;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import fr.vigie.audit.Audit;
import fr.vigie.audit.AuditActions;
import fr.vigie.infrastructure.web.Problems;

/**
 * Enrolling a second factor (TOTP) for the signed-in person: {@code POST
 * /api/v1/auth/second-factor/setup} gives a new secret (kept in the session until confirmed)
 * and its {@code otpauth://} URI; {@code POST …/confirm} with a code from the application
 * stores it. From then on, login asks for a code. An administrator resets it if the phone is lost.
 */
@RestController
@RequestMapping(path = "/api/v1/auth/second-factor", produces = MediaType.APPLICATION_JSON_VALUE)
class SecondFactorController {

    private static final String PENDING_SECRET = SecondFactorController.class.getName() + ".pendingSecret";

    record Setup(String secret, String uri) {
    }

    record Confirmation(@NotBlank @Size(max = 12) String code) {
    }

    private final UserAccounts users;
    private final Audit audit;
    private final Clock clock = Clock.systemUTC();

    SecondFactorController(UserAccounts users, Audit audit) {
        this.users = users;
        this.audit = audit;
    }

    @ApiResponse(responseCode = "200", description = "A new secret, kept in the session until confirmed",
            content = @Content(schema = @Schema(implementation = Setup.class)))
    @PostMapping("/setup")
    ResponseEntity<?> setup(Authentication authentication, HttpServletRequest request) {
        if (users.totp(authentication.getName()).isPresent()) {
            return Problems.answer(HttpStatus.CONFLICT,
                    "La double authentification est déjà active / A second factor is already set up");
        }
        String secret = Totp.newSecret();
        request.getSession().setAttribute(PENDING_SECRET, secret);
        return ResponseEntity.ok(new Setup(secret, Totp.uri(authentication.getName(), secret)));
    }

    @ApiResponse(responseCode = "204", description = "Second factor enabled")
    @PostMapping("/confirm")
    ResponseEntity<?> confirm(@Valid @RequestBody Confirmation confirmation, Authentication authentication,
            HttpServletRequest request) {
        var session = request.getSession();
        if (!(session.getAttribute(PENDING_SECRET) instanceof String secret)) {
            return Problems.answer(HttpStatus.CONFLICT, "Commencez par /setup / Call /setup first");
        }
        var step = Totp.match(secret, confirmation.code(), clock.instant(), null);
        if (step.isEmpty()) {
            return Problems.answer(Problems.invalidField("code", "Code incorrect : vérifiez l'heure du téléphone / Wrong code"));
        }
        users.enableTotp(authentication.getName(), secret, step.getAsLong());
        session.removeAttribute(PENDING_SECRET);
        SessionRevalidationFilter.enrolled(session);
        audit.record(AuditActions.SECOND_FACTOR_ENABLED, null, Map.of());
        return ResponseEntity.noContent().build();
    }
}
