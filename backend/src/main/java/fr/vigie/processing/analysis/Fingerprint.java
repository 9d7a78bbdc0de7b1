package fr.vigie.processing.analysis;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * SHA-256 (hex) of the normalised words, space-separated: the same ad re-posted with other
 * spacing, case, accents, zero-width characters or spaced-out letters gets the same fingerprint.
 * Words, not stems: merging two reports hides one from the queue, so only true re-posts merge.
 */
final class Fingerprint {

    /** A digest per thread: {@code MessageDigest.getInstance} looks up providers on every call. */
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    });

    private Fingerprint() {
    }

    static String of(List<Token> tokens) {
        var text = new StringBuilder();
        for (Token token : tokens) {
            if (!text.isEmpty()) {
                text.append(' ');
            }
            text.append(token.word());
        }
        var sha = SHA_256.get();
        sha.reset();
        return HexFormat.of().formatHex(sha.digest(text.toString().getBytes(StandardCharsets.UTF_8)));
    }
}
