package fr.vigie.webhooks;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code vigie.webhooks.*}.
 *
 * @param allowLoopback          accept {@code http} and {@code https} URLs on a loopback address
 *                               (127.0.0.0/8, ::1) — for tests and a receiver on the same machine;
 *                               private, link-local and the other special addresses stay refused
 * @param firstRetryAfter        the wait after a first failed attempt; each later wait doubles
 * @param maxRetryDelay          the longest wait between two attempts
 * @param giveUpAfter            a delivery still failing this long after its change is marked failed
 * @param previousSecretValidFor after a rotation, the previous secret still signs (a second
 *                               {@code v1=}) this long, so the partner can switch without a gap
 * @param pollEvery              how often due deliveries are looked for
 * @param connectTimeout         to open the connection
 * @param responseTimeout        for the whole answer's status line; the body is not read
 * @param inFlightLease          how long an attempt in progress keeps its delivery from other instances
 */
@ConfigurationProperties("vigie.webhooks")
public record WebhookProperties(
        @DefaultValue("false") boolean allowLoopback,
        @DefaultValue("30s") Duration firstRetryAfter,
        @DefaultValue("1h") Duration maxRetryDelay,
        @DefaultValue("24h") Duration giveUpAfter,
        @DefaultValue("24h") Duration previousSecretValidFor,
        @DefaultValue("1s") Duration pollEvery,
        @DefaultValue("5s") Duration connectTimeout,
        @DefaultValue("10s") Duration responseTimeout,
        @DefaultValue("2m") Duration inFlightLease) {

    /** The wait before attempt {@code attempt + 1}, after {@code attempt} failures. */
    Duration retryDelay(int attempt) {
        long factor = 1L << Math.min(Math.max(attempt - 1, 0), 30);
        var delay = firstRetryAfter.multipliedBy(factor);
        return delay.compareTo(maxRetryDelay) > 0 ? maxRetryDelay : delay;
    }
}
