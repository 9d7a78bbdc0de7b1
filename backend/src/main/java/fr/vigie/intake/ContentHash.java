package fr.vigie.intake;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import tools.jackson.databind.json.JsonMapper;

/** Fingerprints: of a submission's content (a repeat or an update?), of a batch body. */
final class ContentHash {

    private ContentHash() {
    }

    static String of(JsonMapper json, ReportSubmission submission) {
        return sha256Hex(json.writeValueAsString(submission).getBytes(StandardCharsets.UTF_8));
    }

    static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes == null ? new byte[0] : bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
