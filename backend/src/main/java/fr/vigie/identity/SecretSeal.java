package fr.vigie.identity;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import fr.vigie.infrastructure.SecretFiles;

/**
 * Seals the second-factor secrets kept in the database (AES-256-GCM, a fresh nonce per value,
 * the account's name as associated data): a copy of the database — a backup, a dump handed to
 * support — then gives no one the codes of an administrator's phone. The key lives outside the
 * database: {@code vigie.security.second-factor.secret-key} (base64 of 32 bytes, from the
 * platform's secret store in production), or else a key file created once in the data
 * directory, readable by its owner only.
 *
 * <p>Sealed values read {@code v1:<base64 nonce+ciphertext>}; a value without the prefix is a
 * secret stored before sealing existed, read as it is and sealed at start-up
 * ({@link UserAccounts#sealStoredSecrets}).
 */
final class SecretSeal {

    static final String PREFIX = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int KEY_BYTES = 32;
    private static final String CHECK_LABEL = "vigie second-factor sealing key check v1";

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    SecretSeal(byte[] key) {
        if (key.length != KEY_BYTES) {
            throw new IllegalArgumentException("the second-factor secret key must be 32 bytes (base64 of 32 bytes)");
        }
        this.key = new SecretKeySpec(key.clone(), "AES");
    }

    /** From the configured key (base64), or else from the key file, created if missing. */
    static SecretSeal of(String configuredKey, Path keyFile) {
        if (configuredKey != null && !configuredKey.isBlank()) {
            return new SecretSeal(Base64.getDecoder().decode(configuredKey.strip()));
        }
        return new SecretSeal(keyFromFile(keyFile));
    }

    String seal(String secret, String account) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, nonce, account);
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[NONCE_BYTES + sealed.length];
            System.arraycopy(nonce, 0, out, 0, NONCE_BYTES);
            System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
            return PREFIX + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JVM", e);
        }
    }

    /**
     * The secret; a value stored before sealing is returned as it is.
     *
     * @throws IllegalStateException when the value was sealed with another key or for another
     *                               account (the message never quotes the value)
     */
    String open(String stored, String account) {
        if (!isSealed(stored)) {
            return stored;
        }
        byte[] in = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
        try {
            byte[] nonce = Arrays.copyOf(in, NONCE_BYTES);
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, nonce, account);
            return new String(cipher.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a second-factor secret cannot be opened with the configured key "
                    + "(key changed or lost? an administrator can reset that person's second factor)");
        }
    }

    /**
     * A value that identifies the key without revealing it (HMAC-SHA256 of a fixed label under the
     * key): instances sharing a database compare it to know they seal with the same key.
     */
    String checkValue() {
        try {
            var mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getEncoded(), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(CHECK_LABEL.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JVM", e);
        }
    }

    static boolean isSealed(String stored) {
        return stored.startsWith(PREFIX);
    }

    private Cipher cipher(int mode, byte[] nonce, String account) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(account.getBytes(StandardCharsets.UTF_8)); // a sealed value moved to another account fails
        return cipher;
    }

    private static byte[] keyFromFile(Path file) {
        return Base64.getDecoder().decode(SecretFiles.readOrCreate(file, () -> {
            byte[] key = new byte[KEY_BYTES];
            new SecureRandom().nextBytes(key);
            return Base64.getEncoder().encodeToString(key);
        }));
    }
}
