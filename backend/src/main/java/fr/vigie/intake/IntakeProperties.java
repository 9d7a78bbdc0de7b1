package fr.vigie.intake;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param acknowledgementTimeout how long a submitter waits for Kafka's acknowledgement before
 *                               getting a 503 (and being asked to retry)
 * @param transactions           Kafka transactions in flight at once: the committers of
 *                               {@link SubmissionGroups}, each with one producer and two database
 *                               connections (keep the pool at least twice as large). Calls that
 *                               arrive while all are busy wait and are committed together, so a few
 *                               suffice: more only split the waiting calls into smaller groups
 * @param groupReports           the most reports one group commits (a larger call is a group alone)
 * @param transactionTimeout     how long the broker keeps the transaction of a crashed instance
 *                               open before aborting it (processing waits behind it meanwhile)
 */
@ConfigurationProperties("vigie.intake")
record IntakeProperties(@DefaultValue("10s") Duration acknowledgementTimeout,
        @DefaultValue("4") int transactions, @DefaultValue("15s") Duration transactionTimeout,
        @DefaultValue("1000") int groupReports) {
}
