package fr.vigie.partners;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Per-partner request budget of the partner API: a token bucket that holds a minute's worth
 * of requests and refills continuously. A batch call counts as one request.
 *
 * @param requestsPerMinute default budget for partners without their own
 * @param connections       PostgreSQL connections of the buckets' own pool (one take per partner
 *                          and instance runs at a time, so more only serve more partners at once)
 */
@ConfigurationProperties("vigie.partners.rate-limit")
record RateLimitProperties(@DefaultValue("600") int requestsPerMinute, @DefaultValue("4") int connections) {
}
