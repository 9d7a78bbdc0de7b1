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
        var sha = SHA_256.get();
        sha.reset();
        byte[] buffer = new byte[256];
        int used = 0;
        for (int t = 0; t < tokens.size(); t++) {
            String word = tokens.get(t).word();
            if (used + word.length() + 1 > buffer.length) { // the UTF-8 of the words joined by spaces, fed in chunks
                sha.update(buffer, 0, used);
                used = 0;
            }
            if (t > 0) {
                buffer[used++] = ' ';
            }
            int copied = word.length() < buffer.length ? copyAscii(word, buffer, used) : -1;
            if (copied >= 0) {
                used = copied;
            } else {
                sha.update(buffer, 0, used);
                used = 0;
                sha.update(word.getBytes(StandardCharsets.UTF_8));
            }
        }
        sha.update(buffer, 0, used);
        return HexFormat.of().formatHex(sha.digest());
    }

    /**
     * The word's bytes copied at {@code used} if it is all ASCII (its UTF-8 then), and the new end; -1 if it is
     * not (then what was copied is left beyond {@code used}, unread). One pass, not a test and then a copy.
     */
    private static int copyAscii(String word, byte[] buffer, int used) {
        for (int k = 0; k < word.length(); k++) {
            char c = word.charAt(k);
            if (c >= 0x80) {
                return -1;
            }
            buffer[used++] = (byte) c;
        }
        return used;
    }
}
