package fr.vigie.webhooks;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import fr.vigie.triage.PartnerFeedback;

/**
 * Turns the report events the outbox publishes into deliveries: for a report sent by a partner
 * that has a webhook, when what that partner sees changed (its view's date moved), one delivery of
 * that change is queued in PostgreSQL. The consumer group {@code vigie-webhooks} is shared by
 * every instance, so each event is handled once; an event read twice (at-least-once) queues
 * nothing more, because the change is the same. The first {@code RECEIVED} is not sent: the
 * partner has it from the {@code 202}.
 */
@Component
class StatusChanges {

    private static final Logger log = LoggerFactory.getLogger(StatusChanges.class);

    private final PartnerFeedback feedback;
    private final PartnerWebhooks webhooks;
    private final WebhookDeliveries deliveries;

    StatusChanges(PartnerFeedback feedback, PartnerWebhooks webhooks, WebhookDeliveries deliveries) {
        this.feedback = feedback;
        this.webhooks = webhooks;
        this.deliveries = deliveries;
    }

    /*
     * A poll at a time: which of its reports a partner with a webhook sent takes two statements
     * for the whole poll, not two for each event (most reports' senders have none). Each report is
     * then looked at once per poll: what its sender sees now is the same for all its events of the
     * poll, and a change already queued is not queued again.
     */
    @KafkaListener(id = "vigie-webhooks", topics = PartnerFeedback.CHANGES_TOPIC, groupId = "vigie-webhooks",
            containerFactory = WebhookEventsConfiguration.FACTORY, batch = "true")
    void onEvents(List<ConsumerRecord<String, String>> records) {
        var reportIds = new LinkedHashSet<UUID>();
        for (var record : records) {
            if (record.value() == null) {
                continue; // a tombstone: the report is gone
            }
            try {
                reportIds.add(UUID.fromString(record.key())); // the outbox keys every report event by the report's id
            } catch (IllegalArgumentException | NullPointerException e) {
                log.warn("Report event without a report id at {}-{}@{} skipped", record.topic(), record.partition(), record.offset());
            }
        }
        if (reportIds.isEmpty()) {
            return;
        }
        var senders = feedback.senders(reportIds);
        var withWebhook = webhooks.withWebhook(new HashSet<>(senders.values()));
        if (withWebhook.isEmpty()) {
            return;
        }
        for (UUID reportId : reportIds) {
            UUID partnerId = senders.get(reportId);
            if (partnerId == null || !withWebhook.contains(partnerId)) {
                continue;
            }
            feedback.progress(reportId)
                    .filter(p -> !"RECEIVED".equals(p.status()) || p.outcome() != null || !p.sharedNotes().isEmpty())
                    .ifPresent(p -> deliveries.enqueue(partnerId, reportId, p.status(), p.outcome(), p.updatedAt()));
        }
    }
}
