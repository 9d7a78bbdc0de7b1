package fr.vigie.identity;

import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code vigie.security.second-factor.*}.
 *
 * @param requiredFor roles that must use a second factor (TOTP): a person holding one of them
 *                    and not enrolled yet can, once logged in, only enrol. Empty by default so
 *                    that a fresh install and scripts work; set {@code ADMIN,COORDINATOR} in
 *                    production (docs/data-protection.md).
 */
@ConfigurationProperties("vigie.security.second-factor")
public record SecondFactorProperties(Set<Role> requiredFor) {

    public SecondFactorProperties {
        requiredFor = requiredFor == null ? Set.of() : Set.copyOf(requiredFor);
    }

    boolean requiredFor(java.util.Collection<Role> roles) {
        return roles.stream().anyMatch(requiredFor::contains);
    }
}
