package fr.vigie.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.vigie.support.BrowserScript;
import fr.vigie.support.EmbeddedServersTest;

/** The administration pages in a real browser ({@code frontend/e2e/admin.e2e.mjs}). */
class AdminPagesBrowserIT extends EmbeddedServersTest {

    @Autowired
    UserAccounts users;

    @Test
    void anAdministratorCreatesAndDisablesAnAccountThenFindsItInTheAuditLog() throws Exception {
        String newUsername = "navigateur-" + UUID.randomUUID().toString().substring(0, 8);
        BrowserScript.of("admin.e2e.mjs").against(port).with("NEW_USERNAME", newUsername).runsSuccessfully();

        var created = users.findByUsername(newUsername).orElseThrow();
        assertThat(created.enabled()).isFalse();
        assertThat(created.roles()).containsExactly(Role.WORKER, Role.COORDINATOR);
    }
}
