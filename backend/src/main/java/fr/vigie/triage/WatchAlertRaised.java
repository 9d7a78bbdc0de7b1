package fr.vigie.triage;

import java.time.Instant;
import java.util.UUID;

/**
 * Published inside the transaction that records a report showing a contact someone watches, once
 * per alert raised: for the notification channel (shifts e-mails the watcher). It names the
 * watcher, the report and where it was seen — band, platform type, département — but neither the
 * contact nor the note, which stay behind the login.
 */
public record WatchAlertRaised(UUID alertId, UUID watchId, String watcher, UUID reportId, PriorityBand priority, String platform,
        String department, Instant raisedAt) {
}
