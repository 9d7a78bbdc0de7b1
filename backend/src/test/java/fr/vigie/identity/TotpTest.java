package fr.vigie.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class TotpTest {

    /** RFC 6238 appendix B, SHA-1 seed "12345678901234567890" (the last 6 of its 8 digits). */
    private static final String RFC_SECRET = Totp.base32("12345678901234567890".getBytes(StandardCharsets.US_ASCII));

    @Test
    void matchesTheRfc6238TestVectors() {
        assertThat(Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(59)))).isEqualTo("287082");
        assertThat(Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(1111111109)))).isEqualTo("081804");
        assertThat(Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(1234567890)))).isEqualTo("005924");
        assertThat(Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(2000000000)))).isEqualTo("279037");
        assertThat(RFC_SECRET).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        assertThat(Totp.unbase32(RFC_SECRET)).isEqualTo("12345678901234567890".getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void acceptsOneStepOfDriftAndNeverTheSameStepTwice() {
        String secret = Totp.newSecret();
        Instant now = Instant.parse("2026-11-27T21:14:10Z");
        long step = Totp.step(now);
        assertThat(Totp.match(secret, Totp.code(secret, step), now, null)).hasValue(step);
        assertThat(Totp.match(secret, Totp.code(secret, step - 1), now, null)).hasValue(step - 1);
        assertThat(Totp.match(secret, Totp.code(secret, step + 1), now, null)).hasValue(step + 1);
        assertThat(Totp.match(secret, Totp.code(secret, step - 2), now, null)).isEmpty();
        assertThat(Totp.match(secret, Totp.code(secret, step), now, step)).as("replay").isEmpty();
        assertThat(Totp.match(secret, "12345", now, null)).isEmpty();
        assertThat(Totp.match(secret, null, now, null)).isEmpty();
        String spaced = Totp.code(secret, step).substring(0, 3) + " " + Totp.code(secret, step).substring(3);
        assertThat(Totp.match(secret, spaced, now, null)).hasValue(step);
    }

    @Test
    void buildsTheUriAuthenticatorAppsRead() {
        assertThat(Totp.uri("camille", "ABC")).isEqualTo(
                "otpauth://totp/Vigie%3Acamille?secret=ABC&issuer=Vigie&algorithm=SHA1&digits=6&period=30");
    }
}
