package fr.vigie.infrastructure.postgres;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import org.springframework.modulith.NamedInterface;

/**
 * Keys of PostgreSQL advisory locks, one 64-bit number per thing to serialise on. Callers prefix
 * the value with what it is ({@code url:}, {@code contact:}, {@code intake:} …) so that two kinds
 * never share a key.
 * <p>
 * With {@link PostgresNotifications}, the types of this package the features use (named interface
 * {@code postgres}); the rest is the embedded server.
 */
@NamedInterface("postgres")
public final class AdvisoryLockKeys {

    private AdvisoryLockKeys() {
    }

    /** A 64-bit key from the value's SHA-256 (a collision only makes two callers wait for each other). */
    public static long of(String value) {
        byte[] digest;
        try {
            digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
        long key = 0;
        for (int i = 0; i < 8; i++) {
            key = (key << 8) | (digest[i] & 0xff);
        }
        return key;
    }
}
