package fr.vigie.intake;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param acknowledgementTimeout how long a submitter waits for Kafka's acknowledgement before
 *                               getting a 503 (and being asked to retry)
 * @param transactions           Kafka transactions in flight at once (one producer each); more
 *                               requests wait their turn
 * @param transactionTimeout     how long the broker keeps the transaction of a crashed instance
 *                               open before aborting it (processing waits behind it meanwhile)
 */
@ConfigurationProperties("vigie.intake")
record IntakeProperties(@DefaultValue("10s") Duration acknowledgementTimeout,
        @DefaultValue("8") int transactions, @DefaultValue("15s") Duration transactionTimeout) {
}
