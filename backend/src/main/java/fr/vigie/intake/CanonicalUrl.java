package fr.vigie.intake;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The form of a reported URL used to recognise the same ad seen twice: http(s) only, lower-case
 * scheme and host, default port dropped, no fragment, tracking parameters removed. The URL is
 * never fetched: this is string work only.
 */
final class CanonicalUrl {

    private static final Set<String> TRACKING = Set.of("fbclid", "gclid", "dclid", "msclkid", "igshid", "mc_cid",
            "mc_eid", "ref", "ref_src", "_ga", "yclid", "twclid");

    private CanonicalUrl() {
    }

    public static Optional<String> of(String raw) {
        URI uri;
        try {
            uri = new URI(raw.strip());
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!"http".equals(scheme) && !"https".equals(scheme) || uri.getHost() == null || uri.getHost().isBlank()) {
            return Optional.empty();
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        int port = uri.getPort();
        boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String query = uri.getRawQuery() == null ? null : Arrays.stream(uri.getRawQuery().split("&"))
                .filter(p -> !p.isEmpty())
                .filter(p -> {
                    String name = p.split("=", 2)[0].toLowerCase(Locale.ROOT);
                    return !name.startsWith("utm_") && !TRACKING.contains(name);
                })
                .sorted()
                .collect(Collectors.joining("&"));
        return Optional.of(scheme + "://" + host + (defaultPort ? "" : ":" + port) + path
                + (query == null || query.isEmpty() ? "" : "?" + query));
    }
}
