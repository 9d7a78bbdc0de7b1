package fr.vigie.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/** At least 12 characters, at most 200, not a common password, not (mostly) the username,
 * not a single repeated character or two. */
@Component
class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 200;

    private final Set<String> common;

    PasswordPolicy() {
        try (var in = PasswordPolicy.class.getResourceAsStream("/identity/common-passwords.txt");
                var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            common = reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> l.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Why this password is refused (in French and English), or empty if it is acceptable. */
    public Optional<String> violation(String username, String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("Au moins " + MIN_LENGTH + " caractères / At least " + MIN_LENGTH + " characters");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("Au plus " + MAX_LENGTH + " caractères / At most " + MAX_LENGTH + " characters");
        }
        String normalised = password.strip().toLowerCase(Locale.ROOT);
        if (common.contains(normalised)) {
            return Optional.of("Mot de passe trop courant / Too common a password");
        }
        if (username != null && normalised.replace(username.toLowerCase(Locale.ROOT), "").length() < 4) {
            return Optional.of("Le mot de passe ne doit pas être l'identifiant / The password must not be the username");
        }
        if (normalised.chars().distinct().count() < 4) {
            return Optional.of("Mot de passe trop répétitif / Too repetitive a password");
        }
        return Optional.empty();
    }
}
