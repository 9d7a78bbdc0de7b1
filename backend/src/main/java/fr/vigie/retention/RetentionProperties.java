package fr.vigie.retention;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code vigie.retention.*}.
 *
 * @param enabled          whether the scheduled job runs (the dry run and the admin's run work regardless)
 * @param schedule         cron expression of the scheduled run (default every night at 03:30)
 * @param purgeAfter       status → time after its last status change when a report is deleted
 * @param anonymiseAfter   status → time after its last status change when a report's content is removed
 * @param openReportNotice reports in any other status unchanged for longer than this are counted
 *                         in each run's result (they are kept: an unhandled report is never purged)
 * @param batchSize        reports handled per batch
 */
@ConfigurationProperties("vigie.retention")
record RetentionProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("0 30 3 * * *") String schedule,
        Map<String, Duration> purgeAfter,
        Map<String, Duration> anonymiseAfter,
        @DefaultValue("30d") Duration openReportNotice,
        @DefaultValue("500") int batchSize) {

    public RetentionProperties {
        purgeAfter = purgeAfter == null ? Map.of() : Map.copyOf(purgeAfter);
        anonymiseAfter = anonymiseAfter == null ? Map.of() : Map.copyOf(anonymiseAfter);
    }
}
