package fr.vigie.triage;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/queue/alerts}: what the coordinators must see at once (P1 reports nobody holds). */
@RestController
class AlertController {

    private final UnclaimedPriorityAlerts alerts;

    AlertController(UnclaimedPriorityAlerts alerts) {
        this.alerts = alerts;
    }

    @GetMapping(path = "/api/v1/queue/alerts", produces = MediaType.APPLICATION_JSON_VALUE)
    UnclaimedPriorityAlerts.Alert alerts() {
        return alerts.current();
    }
}
