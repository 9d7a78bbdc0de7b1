package fr.vigie.identity;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On an empty database, creates the user {@code admin} (ADMIN, COORDINATOR, WORKER) with the
 * password from {@code VIGIE_BOOTSTRAP_ADMIN_PASSWORD}, or with a generated one printed once.
 */
@Component
@Order(10)
class BootstrapAdmin implements ApplicationRunner {

    static final String USERNAME = "admin";
    private static final Logger log = LoggerFactory.getLogger(BootstrapAdmin.class);

    private final UserAccounts users;
    private final String password;

    private final PasswordPolicy policy;

    BootstrapAdmin(UserAccounts users, PasswordPolicy policy, @Value("${vigie.bootstrap.admin-password:}") String password) {
        this.users = users;
        this.policy = policy;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!users.isEmpty()) {
            // Said out loud: an operator who sets the variable on a later start expects it to take effect.
            if (password != null && !password.isBlank()) {
                log.warn("VIGIE_BOOTSTRAP_ADMIN_PASSWORD is set but ignored: accounts already exist in this database,"
                        + " the variable only sets the first administrator's password on an empty one."
                        + " Change a password under Comptes (/admin/utilisateurs) instead.");
            }
            return;
        }
        var roles = EnumSet.of(Role.ADMIN, Role.COORDINATOR, Role.WORKER);
        if (password != null && !password.isBlank()) {
            policy.violation(USERNAME, password).ifPresent(why -> log.warn(
                    "VIGIE_BOOTSTRAP_ADMIN_PASSWORD does not meet the password policy ({}): change it after the first login", why));
            users.create(USERNAME, password, roles);
            log.info("Created the bootstrap administrator '{}' with the password from VIGIE_BOOTSTRAP_ADMIN_PASSWORD", USERNAME);
            return;
        }
        byte[] random = new byte[18];
        new SecureRandom().nextBytes(random);
        String generated = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        users.create(USERNAME, generated, roles);
        // Printed once, on the console only: there is no other way to hand it over on a fresh install.
        System.out.printf("%n*** Vigie: created the administrator '%s' with the password: %s ***%n"
                + "*** It is shown only this once. Set VIGIE_BOOTSTRAP_ADMIN_PASSWORD to choose it. ***%n%n",
                USERNAME, generated);
    }
}
