package fr.vigie.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * {@code Vigie-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">}, one {@code v1}
 * per secret in force (two for a while after a rotation). The partner recomputes it with its
 * secret, compares in constant time and refuses a {@code t} too far from its clock (replays):
 * docs/partner-integration.md.
 */
final class WebhookSignature {

    static final String HEADER = "Vigie-Signature";
    private static final SecureRandom RANDOM = new SecureRandom();

    private WebhookSignature() {
    }

    static String header(long unixSeconds, String body, List<String> secrets) {
        var out = new StringBuilder("t=").append(unixSeconds);
        for (String secret : secrets) {
            out.append(",v1=").append(hmac(secret, unixSeconds + "." + body));
        }
        return out.toString();
    }

    static String hmac(String secret, String signed) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JVM", e);
        }
    }

    /** A new secret: {@code whsec_} and 32 random bytes in hex. */
    static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return "whsec_" + HexFormat.of().formatHex(bytes);
    }
}
