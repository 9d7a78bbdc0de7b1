package fr.vigie.identity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code vigie.security.login.*}: lock-out and throttling of failed logins.
 *
 * @param maxFailuresPerUser    consecutive failures on one username before it is locked
 * @param lockDuration          how long a locked username stays locked (an admin can unlock it)
 * @param maxFailuresPerAddress failures from one source address within {@code addressWindow}
 *                              before that address is throttled (429)
 * @param addressWindow         the sliding window of the per-address count
 */
@ConfigurationProperties("vigie.security.login")
record SecurityProperties(
        @DefaultValue("5") int maxFailuresPerUser,
        @DefaultValue("15m") Duration lockDuration,
        @DefaultValue("30") int maxFailuresPerAddress,
        @DefaultValue("15m") Duration addressWindow) {
}
