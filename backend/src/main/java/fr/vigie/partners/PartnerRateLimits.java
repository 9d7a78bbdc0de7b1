package fr.vigie.partners;

import java.time.Duration;
import java.util.OptionalLong;
import java.util.UUID;

import javax.sql.DataSource;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * One token bucket per partner, sized from its own budget or the default. The buckets live in
 * PostgreSQL ({@code partner_rate_bucket}, bucket4j's PostgreSQL back end, each take under
 * {@code SELECT … FOR UPDATE}), so a partner's budget is one budget whichever instance it calls,
 * not one per instance.
 */
@Service
public class PartnerRateLimits {

    private final JdbcClient jdbc;
    private final RateLimitProperties properties;
    private final ProxyManager<String> buckets;

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
        var probe = buckets.builder().build(partnerId.toString(), () -> configuration(partnerId))
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
