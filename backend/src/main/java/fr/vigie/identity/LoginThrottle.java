package fr.vigie.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Autowired;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Failed logins: a username is locked for {@code lockDuration} after {@code maxFailuresPerUser}
 * consecutive failures (unknown usernames too, so that a lock reveals nothing about which
 * accounts exist), and a source address is throttled after {@code maxFailuresPerAddress}
 * failures within {@code addressWindow}. Kept in PostgreSQL, so that the limits hold across
 * every instance (five failures spread over two instances lock the username) and survive a
 * restart; an admin lifts a lock (unlock, or password reset). A username's count is forgotten
 * once it has seen no failure for {@code lockDuration}, an address's failures once out of the
 * window (at the next failure, or within ten minutes).
 */
@Component
class LoginThrottle {

    enum Outcome { ALLOWED, USER_LOCKED, ADDRESS_THROTTLED }

    record Verdict(Outcome outcome, Duration retryAfter) {
        static final Verdict ALLOWED = new Verdict(Outcome.ALLOWED, Duration.ZERO);
    }

    private final JdbcClient jdbc;
    private final SecurityProperties properties;
    private final Clock clock;

    @Autowired
    LoginThrottle(JdbcClient jdbc, SecurityProperties properties) {
        this(jdbc, properties, Clock.systemUTC());
    }

    LoginThrottle(JdbcClient jdbc, SecurityProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    Verdict check(String username, String address) {
        Instant now = clock.instant();
        var lockedUntil = lockedUntil(username, now);
        if (lockedUntil != null) {
            return new Verdict(Outcome.USER_LOCKED, Duration.between(now, lockedUntil));
        }
        if (address != null) {
            var oldest = jdbc.sql("""
                    select count(*) as failures, min(failed_at) as oldest from login_address_failure
                    where address = :address and failed_at > :horizon""")
                    .param("address", address).param("horizon", Timestamp.from(now.minus(properties.addressWindow())))
                    .query((rs, n) -> rs.getLong("failures") >= properties.maxFailuresPerAddress()
                            ? java.util.Optional.of(rs.getTimestamp("oldest").toInstant()) : java.util.Optional.<Instant>empty())
                    .single();
            if (oldest.isPresent()) {
                return new Verdict(Outcome.ADDRESS_THROTTLED, Duration.between(now, oldest.get().plus(properties.addressWindow())));
            }
        }
        return Verdict.ALLOWED;
    }

    /** Counts a failure; returns true if this failure locked the username. */
    boolean failed(String username, String address) {
        Instant now = clock.instant();
        forgetExpired(now);
        if (address != null) {
            jdbc.sql("insert into login_address_failure (address, failed_at) values (:address, :now)")
                    .param("address", address).param("now", Timestamp.from(now)).update();
        }
        // One statement, the row locked by ON CONFLICT: two instances counting at once add up.
        // A lock that ran out starts a new count, as a first failure would.
        return jdbc.sql("""
                insert into login_lockout as l (username_key, failures, locked_until, updated_at)
                values (:key, case when 1 >= :max then 0 else 1 end, case when 1 >= :max then cast(:until as timestamptz) end, :now)
                on conflict (username_key) do update set
                    failures = case when (case when l.locked_until is not null then 1 else l.failures + 1 end) >= :max
                                    then 0 else (case when l.locked_until is not null then 1 else l.failures + 1 end) end,
                    locked_until = case when (case when l.locked_until is not null then 1 else l.failures + 1 end) >= :max
                                    then cast(:until as timestamptz) end,
                    updated_at = :now
                returning locked_until""")
                .param("key", key(username)).param("max", properties.maxFailuresPerUser())
                .param("until", Timestamp.from(now.plus(properties.lockDuration()))).param("now", Timestamp.from(now))
                .query((rs, n) -> rs.getTimestamp("locked_until") != null)
                .single();
    }

    void succeeded(String username) {
        unlock(username);
    }

    void unlock(String username) {
        jdbc.sql("delete from login_lockout where username_key = :key").param("key", key(username)).update();
    }

    boolean isLocked(String username) {
        return lockedUntil(username, clock.instant()) != null;
    }

    private Instant lockedUntil(String username, Instant now) {
        return jdbc.sql("select locked_until from login_lockout where username_key = :key and locked_until > :now")
                .param("key", key(username)).param("now", Timestamp.from(now))
                .query((rs, n) -> rs.getTimestamp("locked_until").toInstant())
                .optional().orElse(null);
    }

    /** Also every ten minutes, on one instance: no failure waits for the next one to be forgotten. */
    @Scheduled(initialDelay = 60_000, fixedDelay = 600_000)
    @SchedulerLock(name = "login-failures-forget", lockAtMostFor = "PT5M")
    void forgetExpired() {
        forgetExpired(clock.instant());
    }

    /** Failed usernames and addresses are personal data: kept no longer than they count. */
    private void forgetExpired(Instant now) {
        jdbc.sql("delete from login_address_failure where failed_at <= :horizon")
                .param("horizon", Timestamp.from(now.minus(properties.addressWindow()))).update();
        jdbc.sql("delete from login_lockout where updated_at <= :horizon and (locked_until is null or locked_until <= :now)")
                .param("horizon", Timestamp.from(now.minus(properties.lockDuration()))).param("now", Timestamp.from(now))
                .update();
    }

    private static String key(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
