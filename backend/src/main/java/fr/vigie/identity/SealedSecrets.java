package fr.vigie.identity;

import org.springframework.stereotype.Component;

import fr.vigie.infrastructure.VigieProperties;

/**
 * Seals a secret Vigie must keep and use again (a webhook's signing secret) the way the
 * second-factor secrets are sealed ({@link SecretSeal}: AES-256-GCM under the same key, from
 * {@code vigie.security.second-factor.secret-key} or the key file), bound to what it belongs to:
 * a sealed value moved to another owner does not open.
 */
@Component
public class SealedSecrets {

    private final SecretSeal seal;

    SealedSecrets(SecondFactorProperties secondFactor, VigieProperties vigie) {
        this.seal = SecretSeal.of(secondFactor.secretKey(), vigie.resolvedDataDir().resolve("identity").resolve("second-factor.key"));
    }

    /** @param owner what the secret belongs to, e.g. {@code webhook:<partner id>} */
    public String seal(String secret, String owner) {
        return seal.seal(secret, owner);
    }

    /** @throws IllegalStateException when sealed with another key or for another owner (the value is never quoted) */
    public String open(String sealed, String owner) {
        if (!SecretSeal.isSealed(sealed)) {
            throw new IllegalStateException("not a sealed value");
        }
        return seal.open(sealed, owner);
    }
}
