package fr.vigie.shifts;

import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import fr.vigie.triage.QueueChanged;
import fr.vigie.triage.Readings;
import fr.vigie.triage.WatchAlertRaised;

/**
 * Checks the alert rules every {@code vigie.alerts.sweep-interval}, and at once (in the background)
 * after a decision (an escalation alerts without waiting) or a read that may have reached a
 * worker's budget, or a watch alert; then sends the e-mails due (duty and watch alerts). Stops checking when the application closes, so that
 * a sweep never meets a closing database.
 */
@Component
class AlertSchedule {

    private static final Logger log = LoggerFactory.getLogger(AlertSchedule.class);

    private final DutyAlerts alerts;
    private final AlertMail mail;
    private final WatchAlertMail watchMail;
    private final AlertConditions conditions;
    private final TaskScheduler scheduler;
    private final AlertProperties properties;
    private final AtomicBoolean stopping = new AtomicBoolean();
    private ScheduledFuture<?> periodic;

    AlertSchedule(DutyAlerts alerts, AlertMail mail, WatchAlertMail watchMail, AlertConditions conditions, TaskScheduler scheduler,
            AlertProperties properties) {
        this.alerts = alerts;
        this.mail = mail;
        this.watchMail = watchMail;
        this.conditions = conditions;
        this.scheduler = scheduler;
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        periodic = scheduler.scheduleWithFixedDelay(this::run, properties.sweepInterval());
    }

    @EventListener(ContextClosedEvent.class)
    void stop() {
        stopping.set(true);
        if (periodic != null) {
            periodic.cancel(false);
        }
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void onQueueChanged(QueueChanged change) {
        if ("DECIDED".equals(change.event()) || "ANSWERED".equals(change.event())) {
            soon();
        }
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void onRead(Readings.ReportRead read) {
        if (conditions.mayHaveReachedBudget(read)) {
            soon();
        }
    }

    /** A watch alert was raised: its e-mail goes now, not at the next sweep. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void onWatchAlert(WatchAlertRaised raised) {
        soon();
    }

    private void soon() {
        if (!stopping.get()) {
            scheduler.schedule(this::run, Instant.now());
        }
    }

    void run() {
        if (stopping.get()) {
            return;
        }
        try {
            alerts.sweep(false);
            mail.sendDue();
        } catch (RuntimeException e) {
            // no stack trace: it could quote a statement's parameters; the next run tries again
            log.warn("Alert rules not checked this time: {}", e.getClass().getName());
        }
        try {
            watchMail.sendDue(); // on its own: a failed duty sweep must not hold back watch e-mails
        } catch (RuntimeException e) {
            log.warn("Watch alert e-mails not sent this time: {}", e.getClass().getName());
        }
    }
}
