package fr.vigie.intake;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param acknowledgementTimeout how long a submitter waits for Kafka's acknowledgement before
 *                               getting a 503 (and being asked to retry)
 * @param transactions           Kafka transactions in flight at once (one producer each, and two
 *                               database connections: keep the pool at least twice as large); more
 *                               requests wait their turn. A call spends most of its time waiting
 *                               for commits (PostgreSQL's, then Kafka's), not on a core: 8 capped
 *                               intake near 40 calls/s (issue 18)
 * @param transactionTimeout     how long the broker keeps the transaction of a crashed instance
 *                               open before aborting it (processing waits behind it meanwhile)
 */
@ConfigurationProperties("vigie.intake")
record IntakeProperties(@DefaultValue("10s") Duration acknowledgementTimeout,
        @DefaultValue("16") int transactions, @DefaultValue("15s") Duration transactionTimeout) {
}
