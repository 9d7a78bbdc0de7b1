package fr.vigie.partners;

import java.time.Duration;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import javax.sql.DataSource;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.distributed.proxy.optimization.Optimizations;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * One token bucket per partner, sized from its own budget or the default. The buckets live in
 * PostgreSQL ({@code partner_rate_bucket}, bucket4j's PostgreSQL back end, each take under
 * {@code SELECT … FOR UPDATE}), so a partner's budget is one budget whichever instance it calls,
 * not one per instance.
 * <p>
 * Each partner's bucket is one proxy per instance, built with bucket4j's <em>batching</em>
 * optimisation: the requests of one partner that arrive while a take is under way wait in memory
 * and are taken together in the next single {@code SELECT … FOR UPDATE} transaction, exactly as
 * many tokens as one by one. Without it every request held a database connection while it queued
 * for the bucket's row lock: at 40–50 calls a second from one partner the row lock, not the work,
 * set the pace, and the waiting requests held the pool that intake and authentication needed
 * (issue 18: a call's acknowledgement took 11 s at 200 reports/s).
 */
@Service
public class PartnerRateLimits {

    private final JdbcClient jdbc;
    private final RateLimitProperties properties;
    private final ProxyManager<String> buckets;
    private final ConcurrentMap<UUID, BucketProxy> proxies = new ConcurrentHashMap<>();

    PartnerRateLimits(JdbcClient jdbc, DataSource dataSource, RateLimitProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("partner_rate_bucket").idColumn("id").stateColumn("state")
                .build();
    }

    /** Takes one request from the partner's budget; empty if allowed, else seconds to wait. */
    OptionalLong tryConsume(UUID partnerId) {
        var probe = proxies.computeIfAbsent(partnerId, id -> buckets.builder()
                .withOptimization(Optimizations.batching())
                .build(id.toString(), () -> configuration(id)))
                .tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1));
    }

    /**
     * Sets a partner's own budget (null: back to the default); takes effect at once on every
     * instance: the stored bucket is dropped, and the next request builds it with the new size.
     */
    public void setRequestsPerMinute(UUID partnerId, Integer requestsPerMinute) {
        jdbc.sql("update partner set requests_per_minute = :rpm where id = :id")
                .param("rpm", requestsPerMinute).param("id", partnerId).update();
        buckets.removeProxy(partnerId.toString());
        // This instance's proxy keeps no state but its batch; any instance's proxy finds the stored
        // bucket gone at its next take and builds it again from configuration(): the new size.
        proxies.remove(partnerId);
    }

    /** Read only when the partner has no stored bucket yet (first request, or budget changed). */
    private BucketConfiguration configuration(UUID partnerId) {
        int perMinute = jdbc.sql("select coalesce(requests_per_minute, :default) from partner where id = :id")
                .param("id", partnerId).param("default", properties.requestsPerMinute())
                .query(Integer.class).optional().orElse(properties.requestsPerMinute());
        return BucketConfiguration.builder()
                .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
                .build();
    }
}
