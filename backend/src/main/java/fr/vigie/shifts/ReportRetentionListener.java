package fr.vigie.shifts;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import fr.vigie.triage.ReportRetention;

/** Reports purged by retention take their alerts with them, in the same transaction. */
@Component
class ReportRetentionListener {

    private final DutyAlerts alerts;

    ReportRetentionListener(DutyAlerts alerts) {
        this.alerts = alerts;
    }

    @EventListener
    void onDeleted(ReportRetention.Deleted deleted) {
        alerts.forget(deleted.ids());
    }
}
