package fr.vigie.partners;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** The audit log names a partner's calls {@code partner:<name>} through Spring Security alone. */
class PartnerIdentityTest {

    @Test
    void anAuthenticatedPartnerIsNamedPartnerColonItsName() {
        var partner = new PartnerIdentity(UUID.randomUUID(), "exemple-annonces");
        var authentication = new UsernamePasswordAuthenticationToken(partner, null,
                List.of(new SimpleGrantedAuthority("ROLE_PARTNER")));

        assertThat(authentication.getName()).isEqualTo("partner:exemple-annonces");
        assertThat(partner.name()).isEqualTo("exemple-annonces");
    }
}
