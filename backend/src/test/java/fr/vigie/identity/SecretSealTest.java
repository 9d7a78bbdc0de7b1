package fr.vigie.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretSealTest {

    private static final String SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    @TempDir
    Path dir;

    @Test
    void sealsWithAFreshNonceAndOpensForTheSameAccountOnly() {
        var seal = SecretSeal.of(null, dir.resolve("identity/second-factor.key"));
        String once = seal.seal(SECRET, "alice");
        String twice = seal.seal(SECRET, "alice");
        assertThat(once).startsWith(SecretSeal.PREFIX).doesNotContain(SECRET).isNotEqualTo(twice);
        assertThat(seal.open(once, "alice")).isEqualTo(SECRET);
        assertThatThrownBy(() -> seal.open(once, "bob")).as("moved to another account")
                .isInstanceOf(IllegalStateException.class).hasMessageNotContaining(SECRET);
    }

    @Test
    void theKeyFileIsCreatedOnceOwnerOnlyAndReusedAfterARestart() throws Exception {
        Path file = dir.resolve("identity/second-factor.key");
        String sealed = SecretSeal.of(null, file).seal(SECRET, "alice");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(SecretSeal.of("", file).open(sealed, "alice")).as("after a restart").isEqualTo(SECRET);
    }

    @Test
    void aConfiguredKeyWinsAndAnotherKeyCannotOpen() {
        String key = Base64.getEncoder().encodeToString(new byte[32]);
        var configured = SecretSeal.of(key, dir.resolve("unused.key"));
        String sealed = configured.seal(SECRET, "alice");
        assertThat(Files.exists(dir.resolve("unused.key"))).isFalse();
        assertThat(SecretSeal.of(key, dir.resolve("unused.key")).open(sealed, "alice")).isEqualTo(SECRET);
        var other = SecretSeal.of(null, dir.resolve("other.key"));
        assertThatThrownBy(() -> other.open(sealed, "alice")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> SecretSeal.of("c2hvcnQ=", dir.resolve("x.key")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("32 bytes");
    }

    @Test
    void aSecretStoredBeforeSealingIsReadAsItIs() {
        assertThat(SecretSeal.of(null, dir.resolve("k.key")).open(SECRET, "alice")).isEqualTo(SECRET);
    }

    @Test
    void theCheckValueIsTheSameForTheSameKeyAndDiffersForAnother() {
        String key = Base64.getEncoder().encodeToString(new byte[32]);
        String check = SecretSeal.of(key, dir.resolve("unused.key")).checkValue();
        assertThat(SecretSeal.of(key, dir.resolve("unused.key")).checkValue()).isEqualTo(check);
        assertThat(SecretSeal.of(null, dir.resolve("other.key")).checkValue()).isNotEqualTo(check);
        assertThat(check).as("reveals nothing of the key").doesNotContain(key);
    }
}
