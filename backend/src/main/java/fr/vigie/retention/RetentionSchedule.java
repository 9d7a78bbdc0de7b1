package fr.vigie.retention;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the retention policy on {@code vigie.retention.schedule} when {@code vigie.retention.enabled},
 * on one instance only: every instance's scheduler fires, the first to take the lock runs it, and
 * the lock is kept for at least {@code vigie.retention.lock-at-least-for} (5 min) so that an
 * instance whose scheduler fires a little late does not run the same night's purge again.
 */
@Component
class RetentionSchedule {

    private static final Logger log = LoggerFactory.getLogger(RetentionSchedule.class);

    private final Retention retention;
    private final RetentionProperties properties;

    RetentionSchedule(Retention retention, RetentionProperties properties) {
        this.retention = retention;
        this.properties = properties;
    }

    @Scheduled(cron = "${vigie.retention.schedule:0 30 3 * * *}")
    @SchedulerLock(name = "retention", lockAtMostFor = "PT6H", lockAtLeastFor = "${vigie.retention.lock-at-least-for:PT5M}")
    void nightly() {
        if (!properties.enabled()) {
            return;
        }
        try {
            retention.run();
        } catch (RuntimeException e) {
            // Ids only in the exception messages of this path; retried at the next run.
            log.error("Retention run failed; it will be retried at the next scheduled run", e);
        }
    }
}
