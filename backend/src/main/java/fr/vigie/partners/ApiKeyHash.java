package fr.vigie.partners;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/**
 * Salted SHA-256 of an API key. Keys are long random secrets, not passwords: a fast hash with a
 * per-key salt is enough and keeps every authenticated call cheap.
 */
record ApiKeyHash(byte[] salt, byte[] hash) {

    private static final SecureRandom RANDOM = new SecureRandom();

    static ApiKeyHash of(String key) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return new ApiKeyHash(salt, digest(salt, key));
    }

    boolean matches(String key) {
        return MessageDigest.isEqual(hash, digest(salt, key));
    }

    static String prefixOf(String key) {
        return key.length() <= 8 ? key : key.substring(0, 8);
    }

    private static byte[] digest(byte[] salt, String key) {
        try {
            var sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            return sha.digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
