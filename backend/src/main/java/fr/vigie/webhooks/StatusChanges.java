package fr.vigie.webhooks;

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

    @KafkaListener(id = "vigie-webhooks", topics = PartnerFeedback.CHANGES_TOPIC, groupId = "vigie-webhooks",
            containerFactory = WebhookEventsConfiguration.FACTORY)
    void onEvent(ConsumerRecord<String, String> record) {
        if (record.value() == null) {
            return; // a tombstone: the report is gone
        }
        UUID reportId;
        try {
            reportId = UUID.fromString(record.key()); // the outbox keys every report event by the report's id
        } catch (IllegalArgumentException | NullPointerException e) {
            log.warn("Report event without a report id at {}-{}@{} skipped", record.topic(), record.partition(), record.offset());
            return;
        }
        var sender = feedback.sender(reportId);
        if (sender.isEmpty() || !webhooks.exists(sender.get().partnerId())) {
            return;
        }
        feedback.progress(reportId)
                .filter(p -> !"RECEIVED".equals(p.status()) || p.outcome() != null || !p.sharedNotes().isEmpty())
                .ifPresent(p -> deliveries.enqueue(sender.get().partnerId(), reportId, p.status(), p.outcome(), p.updatedAt()));
    }
}
