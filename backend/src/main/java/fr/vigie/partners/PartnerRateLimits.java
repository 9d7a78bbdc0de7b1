package fr.vigie.partners;

import java.time.Duration;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** One token bucket per partner, sized from its own budget or the default. */
@Service
public class PartnerRateLimits {

    private final JdbcClient jdbc;
    private final RateLimitProperties properties;
    private final Map<UUID, Bucket> buckets = new ConcurrentHashMap<>();

    PartnerRateLimits(JdbcClient jdbc, RateLimitProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    /** Takes one request from the partner's budget; empty if allowed, else seconds to wait. */
    OptionalLong tryConsume(UUID partnerId) {
        var probe = buckets.computeIfAbsent(partnerId, this::newBucket).tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1));
    }

    /** Sets a partner's own budget (null: back to the default); takes effect at once. */
    public void setRequestsPerMinute(UUID partnerId, Integer requestsPerMinute) {
        jdbc.sql("update partner set requests_per_minute = :rpm where id = :id")
                .param("rpm", requestsPerMinute).param("id", partnerId).update();
        buckets.remove(partnerId);
    }

    private Bucket newBucket(UUID partnerId) {
        int perMinute = jdbc.sql("select requests_per_minute from partner where id = :id").param("id", partnerId)
                .query(Integer.class).optional().orElse(properties.requestsPerMinute());
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
                .build();
    }
}
