package fr.vigie.webhooks;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import fr.vigie.audit.Audit;
import fr.vigie.audit.AuditActions;
import fr.vigie.triage.PartnerFeedback;

/**
 * Attempts the due deliveries: builds the body from the report's current view for its sender (the
 * change's status and outcome, the shared notes written up to the change), signs it with the
 * partner's secrets, checks the URL's addresses again and sends. Each attempt on a virtual thread
 * of its own, so that a slow receiver delays no other partner. Logs ids and status codes only.
 */
@Component
class WebhookDispatcher {

    private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);
    private static final int BATCH = 50;

    private final WebhookDeliveries deliveries;
    private final PartnerWebhooks webhooks;
    private final WebhookTargets targets;
    private final WebhookSender sender;
    private final PartnerFeedback feedback;
    private final Audit audit;
    private final JsonMapper json;
    private final Clock clock = Clock.systemUTC();

    WebhookDispatcher(WebhookDeliveries deliveries, PartnerWebhooks webhooks, WebhookTargets targets, WebhookSender sender,
            PartnerFeedback feedback, Audit audit, JsonMapper json) {
        this.deliveries = deliveries;
        this.webhooks = webhooks;
        this.targets = targets;
        this.sender = sender;
        this.feedback = feedback;
        this.audit = audit;
        this.json = json;
    }

    @Scheduled(initialDelay = 2_000, fixedDelayString = "${vigie.webhooks.poll-every:1s}")
    void deliverDue() {
        List<WebhookDeliveries.Due> due;
        try {
            due = deliveries.claimDue(BATCH);
        } catch (RuntimeException e) {
            log.warn("Webhook deliveries paused, will retry: {}", e.getClass().getSimpleName());
            return;
        }
        if (due.isEmpty()) {
            return;
        }
        try (var attempts = Executors.newVirtualThreadPerTaskExecutor()) {
            due.forEach(d -> attempts.submit(() -> attempt(d)));
        }
    }

    private void attempt(WebhookDeliveries.Due due) {
        try {
            var secrets = webhooks.signingSecrets(due.partnerId());
            var webhook = webhooks.of(due.partnerId());
            var report = feedback.sender(due.reportId()).filter(s -> s.partnerId().equals(due.partnerId()));
            var progress = feedback.progress(due.reportId());
            if (secrets.isEmpty() || webhook.isEmpty()) {
                deliveries.abandon(due, "webhook supprimé / webhook removed");
                return;
            }
            if (report.isEmpty() || progress.isEmpty()) {
                deliveries.abandon(due, "signalement supprimé / report removed");
                return;
            }
            String body = body(due, report.get().externalId(), progress.get().sharedNotes());
            Instant started = clock.instant();
            WebhookSender.Result result;
            try {
                var target = targets.check(webhook.get().url());
                result = sender.send(target, body, WebhookSignature.header(started.getEpochSecond(), body, secrets),
                        due.id().toString());
            } catch (WebhookTargets.RefusedTarget refused) {
                // checked again before every attempt: the name may now lead somewhere it must not
                result = new WebhookSender.Result(null, "adresse refusée / address refused: " + refused.getMessage());
            }
            String state = deliveries.recordAttempt(due, result, Duration.between(started, clock.instant()));
            if (result.delivered()) {
                audit.record(Audit.SYSTEM, AuditActions.WEBHOOK_DELIVERED, due.reportId(), null,
                        Map.of("partner", due.partnerId(), "delivery", due.id(), "status", due.status(),
                                "sharedNotes", notesUpTo(progress.get().sharedNotes(), due.occurredAt()).size()));
            } else if (state.equals(WebhookDeliveries.FAILED)) {
                log.warn("Webhook delivery {} to partner {} failed for good after {} attempts (last: {})", due.id(),
                        due.partnerId(), due.attempts() + 1, result.statusCode() != null ? result.statusCode() : result.error());
            }
        } catch (RuntimeException e) {
            // the claim's lease runs out and the delivery is due again
            log.warn("Webhook delivery {} could not be attempted, will retry: {}", due.id(), e.getClass().getSimpleName());
        }
    }

    /** The body, members in the documented order; the same for every attempt and replay of a change. */
    private String body(WebhookDeliveries.Due due, String externalId, List<fr.vigie.triage.PartnerProgress.SharedNote> notes) {
        var body = new LinkedHashMap<String, Object>();
        body.put("id", due.reportId());
        body.put("externalId", externalId);
        body.put("status", due.status());
        body.put("outcome", due.outcome());
        body.put("sharedNotes", notesUpTo(notes, due.occurredAt()));
        body.put("occurredAt", due.occurredAt());
        return json.writeValueAsString(body);
    }

    private static List<fr.vigie.triage.PartnerProgress.SharedNote> notesUpTo(List<fr.vigie.triage.PartnerProgress.SharedNote> notes,
            Instant occurredAt) {
        return notes.stream().filter(n -> !n.at().isAfter(occurredAt)).toList();
    }
}
