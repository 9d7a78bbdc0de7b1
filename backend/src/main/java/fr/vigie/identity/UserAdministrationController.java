package fr.vigie.identity;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import fr.vigie.audit.Audit;
import fr.vigie.audit.AuditActions;
import fr.vigie.infrastructure.web.Problems;

/**
 * Accounts, for administrators ({@code /api/v1/admin/users}): list, create, disable, enable,
 * unlock, change roles, reset the password. Every call is audited. An administrator cannot
 * disable their own account nor take their own ADMIN role away (no lock-out by mistake).
 */
@RestController
@RequestMapping(path = "/api/v1/admin/users", produces = MediaType.APPLICATION_JSON_VALUE)
class UserAdministrationController {

    static final String USERNAME_PATTERN = "^[a-z0-9][a-z0-9._-]{2,63}$";
    private static final Set<Role> PEOPLE_ROLES = EnumSet.of(Role.WORKER, Role.COORDINATOR, Role.ADMIN);

    record UserView(UUID id, String username, List<Role> roles, boolean enabled, boolean locked, boolean secondFactor,
            Instant createdAt, Instant updatedAt) {
    }

    record Users(List<UserView> items) {
    }

    record NewUser(
            @NotNull @Pattern(regexp = USERNAME_PATTERN,
                    message = "3 à 64 caractères : minuscules, chiffres, . _ - / 3 to 64 characters: lower case, digits, . _ -")
            String username,
            @NotNull String password,
            @NotEmpty Set<Role> roles) {
    }

    record Roles(@NotEmpty Set<Role> roles) {
    }

    record NewPassword(@NotNull String password) {
    }

    private final UserAccounts users;
    private final PasswordPolicy policy;
    private final LoginThrottle throttle;
    private final Audit audit;

    UserAdministrationController(UserAccounts users, PasswordPolicy policy, LoginThrottle throttle, Audit audit) {
        this.users = users;
        this.policy = policy;
        this.throttle = throttle;
        this.audit = audit;
    }

    @GetMapping
    Users list() {
        audit.record(AuditActions.USERS_LISTED, null, Map.of());
        return new Users(users.list().stream().map(this::view).toList());
    }

    @ApiResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = UserView.class)))
    @PostMapping
    ResponseEntity<?> create(@Valid @RequestBody NewUser user) {
        if (!PEOPLE_ROLES.containsAll(user.roles())) {
            return Problems.answer(Problems.invalidField("roles", "WORKER, COORDINATOR ou ADMIN uniquement / WORKER, COORDINATOR or ADMIN only"));
        }
        var weak = policy.violation(user.username(), user.password());
        if (weak.isPresent()) {
            return Problems.answer(Problems.invalidField("password", weak.get()));
        }
        if (users.exists(user.username())) {
            return Problems.answer(HttpStatus.CONFLICT, "Cet identifiant existe déjà / This username is taken");
        }
        UUID id = users.create(user.username(), user.password(), user.roles());
        audit.record(AuditActions.USER_CREATED, null, Map.of("userId", id.toString(), "username", user.username(),
                "roles", sorted(user.roles())));
        return ResponseEntity.status(HttpStatus.CREATED).body(view(users.find(id).orElseThrow()));
    }

    @ApiResponse(responseCode = "200", description = "The account as it is now", content = @Content(schema = @Schema(implementation = UserView.class)))
    @PostMapping("/{id}/disable")
    ResponseEntity<?> disable(@PathVariable UUID id, Authentication caller) {
        var account = users.find(id);
        if (account.isEmpty()) {
            return notFound();
        }
        if (account.get().username().equals(caller.getName())) {
            return Problems.answer(HttpStatus.CONFLICT,
                    "Vous ne pouvez pas désactiver votre propre compte / You cannot disable your own account");
        }
        users.setEnabled(id, false);
        audit.record(AuditActions.USER_DISABLED, null, target(account.get()));
        return ResponseEntity.ok(view(users.find(id).orElseThrow()));
    }

    @ApiResponse(responseCode = "200", description = "The account as it is now", content = @Content(schema = @Schema(implementation = UserView.class)))
    @PostMapping("/{id}/enable")
    ResponseEntity<?> enable(@PathVariable UUID id) {
        var account = users.find(id);
        if (account.isEmpty()) {
            return notFound();
        }
        users.setEnabled(id, true);
        audit.record(AuditActions.USER_ENABLED, null, target(account.get()));
        return ResponseEntity.ok(view(users.find(id).orElseThrow()));
    }

    @ApiResponse(responseCode = "200", description = "The account as it is now", content = @Content(schema = @Schema(implementation = UserView.class)))
    @PostMapping("/{id}/unlock")
    ResponseEntity<?> unlock(@PathVariable UUID id) {
        var account = users.find(id);
        if (account.isEmpty()) {
            return notFound();
        }
        throttle.unlock(account.get().username());
        audit.record(AuditActions.USER_UNLOCKED, null, target(account.get()));
        return ResponseEntity.ok(view(account.get()));
    }

    /** The person lost their phone: remove the second factor (they enrol again at next login if required). */
    @ApiResponse(responseCode = "200", description = "The account as it is now", content = @Content(schema = @Schema(implementation = UserView.class)))
    @PostMapping("/{id}/second-factor/reset")
    ResponseEntity<?> resetSecondFactor(@PathVariable UUID id) {
        var account = users.find(id);
        if (account.isEmpty()) {
            return notFound();
        }
        users.resetTotp(id);
        audit.record(AuditActions.SECOND_FACTOR_RESET, null, target(account.get()));
        return ResponseEntity.ok(view(users.find(id).orElseThrow()));
    }

    @ApiResponse(responseCode = "200", description = "The account as it is now", content = @Content(schema = @Schema(implementation = UserView.class)))
    @PutMapping("/{id}/roles")
    ResponseEntity<?> roles(@PathVariable UUID id, @Valid @RequestBody Roles roles, Authentication caller) {
        var account = users.find(id);
        if (account.isEmpty()) {
            return notFound();
        }
        if (!PEOPLE_ROLES.containsAll(roles.roles())) {
            return Problems.answer(Problems.invalidField("roles", "WORKER, COORDINATOR ou ADMIN uniquement / WORKER, COORDINATOR or ADMIN only"));
        }
        if (account.get().username().equals(caller.getName()) && !roles.roles().contains(Role.ADMIN)) {
            return Problems.answer(HttpStatus.CONFLICT,
                    "Vous ne pouvez pas retirer votre propre rôle ADMIN / You cannot remove your own ADMIN role");
        }
        users.setRoles(id, roles.roles());
        var details = target(account.get());
        details.put("from", account.get().roles().stream().map(Role::name).toList());
        details.put("to", sorted(roles.roles()));
        audit.record(AuditActions.USER_ROLES_CHANGED, null, details);
        return ResponseEntity.ok(view(users.find(id).orElseThrow()));
    }

    @ApiResponse(responseCode = "204", description = "Password changed")
    @PutMapping("/{id}/password")
    ResponseEntity<?> password(@PathVariable UUID id, @Valid @RequestBody NewPassword password) {
        var account = users.find(id);
        if (account.isEmpty()) {
            return notFound();
        }
        var weak = policy.violation(account.get().username(), password.password());
        if (weak.isPresent()) {
            return Problems.answer(Problems.invalidField("password", weak.get()));
        }
        users.setPassword(id, password.password());
        throttle.unlock(account.get().username());
        audit.record(AuditActions.USER_PASSWORD_RESET, null, target(account.get()));
        return ResponseEntity.noContent().build();
    }

    private UserView view(UserAccounts.Account a) {
        return new UserView(a.id(), a.username(), a.roles(), a.enabled(), throttle.isLocked(a.username()),
                a.secondFactor(), a.createdAt(), a.updatedAt());
    }

    private static Map<String, Object> target(UserAccounts.Account account) {
        var details = new java.util.LinkedHashMap<String, Object>();
        details.put("userId", account.id().toString());
        details.put("username", account.username());
        return details;
    }

    private static List<String> sorted(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().toList();
    }

    private static ResponseEntity<?> notFound() {
        return Problems.answer(HttpStatus.NOT_FOUND, "Aucun compte avec cet identifiant / No such account");
    }
}
