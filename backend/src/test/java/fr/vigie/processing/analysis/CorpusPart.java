package fr.vigie.processing.analysis;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Which part of the evaluation corpus a case belongs to. The engine is tuned on the development
 * part only; the sealed part is measured, never read while tuning, so that its figures say how
 * the engine does on French it was not shaped on (docs/analysis-evaluation.md).
 *
 * <p>The split is a stable hash of the id of the case's plain twin (its own id for a plain case):
 * SHA-256, first byte below 77 of 256 (30 %) → sealed. Twins follow their plain case, so that a
 * disguise is never tuned on while its plain case is measured (or the reverse). Cases the
 * engine's own engineers write (ids starting with {@code DEV-}, in {@code own-cases.tsv}) are
 * always development cases: they were written knowing the engine.
 */
enum CorpusPart {
    DEVELOPMENT, SEALED;

    /** 77 / 256 ≈ 30 %. */
    static final int SEALED_BELOW = 77;
    static final String OWN_CASE_PREFIX = "DEV-";

    static CorpusPart of(String id, String twinOf) {
        if (id.startsWith(OWN_CASE_PREFIX)) {
            return DEVELOPMENT;
        }
        String plain = twinOf == null ? id : twinOf;
        return Byte.toUnsignedInt(sha256(plain)[0]) < SEALED_BELOW ? SEALED : DEVELOPMENT;
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
