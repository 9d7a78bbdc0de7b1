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
 * @param secretKey   base64 of the 32-byte key that seals the stored TOTP secrets
 *                    ({@link SecretSeal}); unset, a key file is created in the data directory.
 *                    Set it from the platform's secret store in production, so that a copy of
 *                    the data directory or of the database alone opens nothing.
 */
@ConfigurationProperties("vigie.security.second-factor")
record SecondFactorProperties(Set<Role> requiredFor, String secretKey) {

    public SecondFactorProperties {
        requiredFor = requiredFor == null ? Set.of() : Set.copyOf(requiredFor);
    }

    boolean requiredFor(java.util.Collection<Role> roles) {
        return roles.stream().anyMatch(requiredFor::contains);
    }
}
