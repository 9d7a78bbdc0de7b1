package fr.vigie.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** A restart in a data directory that already has accounts: the bootstrap password is ignored, and said so. */
@ExtendWith(OutputCaptureExtension.class)
class BootstrapAdminTest {

    private static final String SECRET = "a-long-bootstrap-password-42";

    @Test
    void warnsWithoutTheValueWhenThePasswordIsSetButAccountsExist(CapturedOutput output) {
        UserAccounts users = mock(UserAccounts.class);
        when(users.isEmpty()).thenReturn(false);

        new BootstrapAdmin(users, new PasswordPolicy(), SECRET).run(new DefaultApplicationArguments());

        verify(users, never()).create(anyString(), anyString(), any());
        assertThat(output.getOut()).contains("WARN").contains("VIGIE_BOOTSTRAP_ADMIN_PASSWORD is set but ignored")
                .doesNotContain(SECRET);
    }

    @Test
    void saysNothingWhenThePasswordIsNotSet(CapturedOutput output) {
        UserAccounts users = mock(UserAccounts.class);
        when(users.isEmpty()).thenReturn(false);

        new BootstrapAdmin(users, new PasswordPolicy(), "").run(new DefaultApplicationArguments());

        assertThat(output.getOut()).doesNotContain("VIGIE_BOOTSTRAP_ADMIN_PASSWORD");
    }
}
