package fr.vigie.webhooks;

import java.net.InetAddress;
import java.net.URI;
import java.util.List;

/**
 * A webhook URL checked for one attempt: the host's addresses, resolved once and every one of them
 * allowed. The attempt connects to these and to nothing else — no second DNS look-up that a
 * rebinding name could answer differently.
 */
record WebhookTarget(URI uri, String host, List<InetAddress> addresses) {
}
