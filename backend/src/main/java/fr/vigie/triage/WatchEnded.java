package fr.vigie.triage;

import java.util.UUID;

/**
 * Published inside the transaction that stops a watch (its alerts go with it): a notification
 * not sent yet for one of its alerts is not sent any more.
 */
public record WatchEnded(UUID watchId) {
}
