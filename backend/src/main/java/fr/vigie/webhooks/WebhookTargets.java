package fr.vigie.webhooks;

import java.net.IDN;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * Checks a webhook URL: {@code https} (or {@code http} to a loopback address when
 * {@code vigie.webhooks.allow-loopback}), no user name or password in it, no fragment, a host that
 * resolves, and every address it resolves to allowed by {@link PublicAddresses}. Run when the
 * URL is set and again before every attempt (DNS may have changed since).
 */
@Component
class WebhookTargets {

    /** The URL cannot be used; the message says why, French then English, without quoting it. */
    static final class RefusedTarget extends Exception {

        RefusedTarget(String message) {
            super(message, null, false, false);
        }
    }

    static final int MAX_LENGTH = 2000;

    private final WebhookProperties properties;

    WebhookTargets(WebhookProperties properties) {
        this.properties = properties;
    }

    WebhookTarget check(String url) throws RefusedTarget {
        if (url == null || url.isBlank()) {
            throw new RefusedTarget("obligatoire / required");
        }
        if (url.length() > MAX_LENGTH) {
            throw new RefusedTarget(MAX_LENGTH + " caractères au plus / at most " + MAX_LENGTH + " characters");
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new RefusedTarget("adresse illisible / not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || uri.getHost() == null || uri.isOpaque()) {
            throw new RefusedTarget("adresse complète attendue, ex. https://partenaire.example/vigie / an absolute URL is expected");
        }
        if (!scheme.equals("https") && !(scheme.equals("http") && properties.allowLoopback())) {
            throw new RefusedTarget("https obligatoire / https is required");
        }
        if (uri.getRawUserInfo() != null) {
            throw new RefusedTarget("pas d'identifiant ni de mot de passe dans l'adresse / no user or password in the URL");
        }
        if (uri.getRawFragment() != null) {
            throw new RefusedTarget("pas de fragment (#…) / no fragment (#…)");
        }
        String host = uri.getHost();
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        List<InetAddress> addresses;
        try {
            // one look-up; a literal address is parsed, not looked up
            addresses = List.of(InetAddress.getAllByName(IDN.toASCII(host)));
        } catch (UnknownHostException | IllegalArgumentException e) {
            throw new RefusedTarget("nom d'hôte introuvable / host name does not resolve");
        }
        for (InetAddress address : addresses) {
            var refusal = PublicAddresses.refusal(address, properties.allowLoopback());
            if (refusal.isPresent()) {
                throw new RefusedTarget(refusal.get() + " : seules les adresses publiques sont permises "
                        + "/ only public addresses are allowed");
            }
        }
        if (scheme.equals("http") && !addresses.stream().allMatch(PublicAddresses::isLoopback)) {
            throw new RefusedTarget("https obligatoire hors bouclage local / https is required outside loopback");
        }
        return new WebhookTarget(uri, host, addresses);
    }
}
