package fr.vigie.webhooks;

import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import fr.vigie.triage.PartnerFeedback;
import fr.vigie.triage.ReportEvent;

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

    private final JsonMapper json;
    private final PartnerFeedback feedback;
    private final PartnerWebhooks webhooks;
    private final WebhookDeliveries deliveries;

    StatusChanges(JsonMapper json, PartnerFeedback feedback, PartnerWebhooks webhooks, WebhookDeliveries deliveries) {
        this.json = json;
        this.feedback = feedback;
        this.webhooks = webhooks;
        this.deliveries = deliveries;
    }

    @KafkaListener(id = "vigie-webhooks", topics = ReportEvent.TOPIC, groupId = "vigie-webhooks",
            containerFactory = WebhookEventsConfiguration.FACTORY)
    void onEvent(ConsumerRecord<String, String> record) {
        if (record.value() == null) {
            return; // a tombstone: the report is gone
        }
        UUID reportId;
        try {
            reportId = json.readValue(record.value(), ReportEvent.class).reportId();
        } catch (JacksonException | IllegalArgumentException e) {
            log.warn("Unreadable report event at {}-{}@{} skipped", record.topic(), record.partition(), record.offset());
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
