package fr.vigie.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void refusesShortCommonRepetitiveAndUsernamePasswords() {
        assertThat(policy.violation("camille", "court-11car")).get().asString().contains("12");
        assertThat(policy.violation("camille", "azertyuiop123")).get().asString().contains("courant");
        assertThat(policy.violation("camille", "MotDePasse2026")).get().asString().contains("courant");
        assertThat(policy.violation("camille", "aaaaaaaaaaaaaaaa")).isPresent();
        assertThat(policy.violation("camille.dupont", "camille.dupont1")).get().asString().contains("identifiant");
        assertThat(policy.violation("camille", "x".repeat(201))).isPresent();
    }

    @Test
    void acceptsALongUncommonPassphrase() {
        assertThat(policy.violation("camille", "cheval-agrafe-pile-42")).isEmpty();
        assertThat(policy.violation("admin", "test-admin-password-42")).isEmpty();
    }
}
