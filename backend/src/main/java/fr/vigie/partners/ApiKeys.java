package fr.vigie.partners;

import java.security.SecureRandom;
import java.util.Base64;

/** New API keys: 256 random bits, recognisable by their {@code vk_} prefix in a partner's config. */
final class ApiKeys {

    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiKeys() {
    }

    static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return "vk_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
