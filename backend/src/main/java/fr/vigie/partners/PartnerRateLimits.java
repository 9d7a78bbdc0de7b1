package fr.vigie.partners;

import java.time.Duration;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.BucketNotFoundException;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.distributed.proxy.optimization.Optimizations;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * One token bucket per partner, sized from its own budget or the default. The buckets live in
 * PostgreSQL ({@code partner_rate_bucket}, bucket4j's PostgreSQL back end, each take under
 * {@code SELECT … FOR UPDATE}), so a partner's budget is one budget whichever instance it calls,
 * not one per instance.
 */
@Service
public class PartnerRateLimits implements DisposableBean {

    private final JdbcClient jdbc;
    private final RateLimitProperties properties;
    private final ProxyManager<String> buckets;
    private final Map<UUID, Bucket> batching = new ConcurrentHashMap<>();
    private final HikariDataSource connections;

    PartnerRateLimits(JdbcClient jdbc, JdbcConnectionDetails database, RateLimitProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.connections = bucketConnections(database, properties);
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(connections)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("partner_rate_bucket").idColumn("id").stateColumn("state")
                .build();
    }

    /**
     * Takes one request from the partner's budget; empty if allowed, else seconds to wait.
     * <p>
     * A partner's bucket is one row taken under {@code SELECT … FOR UPDATE}, so its concurrent
     * requests are served one take at a time. Taken one transaction each, that row set the pace of
     * a partner's calls, and the requests queued on its lock held the pooled connections intake
     * needed (issue 18, thread dumps at 200 reports/s). So each partner has one proxy per instance
     * with bucket4j's <em>batching</em> optimisation: the requests that arrive while a take is under
     * way wait in memory, holding no connection, and are taken together in the next transaction —
     * as many tokens as one by one.
     * <p>
     * bucket4j 8.14's batch does not create a missing bucket: its first concurrent takes failed with
     * {@code BucketNotFoundException} (HTTP 500). So the first take of a partner on this instance is
     * a plain one, which creates the stored bucket, before the batching proxy is used; and should the
     * stored bucket vanish later (its budget changed on another instance), a failed batch falls back
     * to a plain take, which builds it again.
     */
    OptionalLong tryConsume(UUID partnerId) {
        var batched = batching.get(partnerId);
        ConsumptionProbe probe;
        if (batched == null) {
            probe = plain(partnerId).tryConsumeAndReturnRemaining(1);
            batching.putIfAbsent(partnerId, buckets.builder().withOptimization(Optimizations.batching())
                    .build(partnerId.toString(), () -> configuration(partnerId)));
        } else {
            try {
                probe = batched.tryConsumeAndReturnRemaining(1);
            } catch (IllegalStateException e) {
                if (!bucketMissing(e)) {
                    throw e;
                }
                probe = plain(partnerId).tryConsumeAndReturnRemaining(1);
            }
        }
        if (probe.isConsumed()) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1));
    }

    private Bucket plain(UUID partnerId) {
        return buckets.builder().build(partnerId.toString(), () -> configuration(partnerId));
    }

    private static boolean bucketMissing(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof BucketNotFoundException) {
                return true;
            }
        }
        return false;
    }

    /**
     * Sets a partner's own budget (null: back to the default); takes effect at once on every
     * instance: the stored bucket is dropped, and the next request builds it with the new size.
     */
    public void setRequestsPerMinute(UUID partnerId, Integer requestsPerMinute) {
        jdbc.sql("update partner set requests_per_minute = :rpm where id = :id")
                .param("rpm", requestsPerMinute).param("id", partnerId).update();
        buckets.removeProxy(partnerId.toString());
        // This instance's batching proxy keeps no state but its waiting takes: rebuilt at the next
        // take, it finds the stored bucket gone and builds it with the new size (as other instances do).
        batching.remove(partnerId);
    }

    /**
     * The buckets' own small pool, whose commits do not wait for the WAL flush: every partner request
     * commits a take, one after the other for one partner, and waiting for the disk at each capped a
     * partner near 40 requests a second on this machine (issue 18). Losing the last takes in a crash
     * only gives a partner a few requests back; nothing else is written on these connections. Its own
     * pool also keeps a burst of requests from holding the connections intake commits with.
     */
    private static HikariDataSource bucketConnections(JdbcConnectionDetails database, RateLimitProperties properties) {
        var config = new HikariConfig();
        config.setPoolName("vigie-rate-limits");
        config.setJdbcUrl(database.getJdbcUrl());
        config.setUsername(database.getUsername());
        config.setPassword(database.getPassword());
        config.setDriverClassName(database.getDriverClassName());
        config.setMaximumPoolSize(Math.max(1, properties.connections()));
        config.setMinimumIdle(1);
        config.setConnectionInitSql("set synchronous_commit = off");
        // as the main pool: PostgreSQL's error details would quote values into the logs
        config.addDataSourceProperty("logServerErrorDetail", "false");
        return new HikariDataSource(config);
    }

    @Override
    public void destroy() {
        connections.close();
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
