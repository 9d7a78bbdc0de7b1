package fr.vigie.webhooks;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import fr.vigie.triage.ReportsRemoved;

/** Deliveries of reports the retention job deletes are deleted with them, in its transaction. */
@Component
class WebhookRetention {

    private final WebhookDeliveries deliveries;

    WebhookRetention(WebhookDeliveries deliveries) {
        this.deliveries = deliveries;
    }

    @EventListener
    void on(ReportsRemoved removed) {
        deliveries.forget(removed.ids());
    }
}
