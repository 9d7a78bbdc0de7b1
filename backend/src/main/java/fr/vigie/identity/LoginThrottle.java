package fr.vigie.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Failed logins: a username is locked for {@code lockDuration} after {@code maxFailuresPerUser}
 * consecutive failures (unknown usernames too, so that a lock reveals nothing about which
 * accounts exist), and a source address is throttled after {@code maxFailuresPerAddress}
 * failures within {@code addressWindow}. Kept in memory: Vigie runs as one instance; a restart
 * lifts the locks, which an admin can also do (unlock, or password reset).
 */
@Component
class LoginThrottle {

    enum Outcome { ALLOWED, USER_LOCKED, ADDRESS_THROTTLED }

    record Verdict(Outcome outcome, Duration retryAfter) {
        static final Verdict ALLOWED = new Verdict(Outcome.ALLOWED, Duration.ZERO);
    }

    private static final int MAX_TRACKED = 50_000;

    private record UserFailures(int count, Instant lockedUntil) {
    }

    private final SecurityProperties properties;
    private final Clock clock;
    private final Map<String, UserFailures> users = new ConcurrentHashMap<>();
    private final Map<String, Deque<Instant>> addresses = new ConcurrentHashMap<>();

    @Autowired
    LoginThrottle(SecurityProperties properties) {
        this(properties, Clock.systemUTC());
    }

    LoginThrottle(SecurityProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    Verdict check(String username, String address) {
        Instant now = clock.instant();
        var user = users.get(key(username));
        if (user != null && user.lockedUntil() != null && now.isBefore(user.lockedUntil())) {
            return new Verdict(Outcome.USER_LOCKED, Duration.between(now, user.lockedUntil()));
        }
        if (address != null) {
            var failures = addresses.get(address);
            if (failures != null) {
                synchronized (failures) {
                    prune(failures, now);
                    if (failures.size() >= properties.maxFailuresPerAddress()) {
                        return new Verdict(Outcome.ADDRESS_THROTTLED,
                                Duration.between(now, failures.peekFirst().plus(properties.addressWindow())));
                    }
                }
            }
        }
        return Verdict.ALLOWED;
    }

    /** Counts a failure; returns true if this failure locked the username. */
    boolean failed(String username, String address) {
        Instant now = clock.instant();
        if (users.size() > MAX_TRACKED || addresses.size() > MAX_TRACKED) {
            forgetExpired(now);
        }
        if (address != null) {
            var failures = addresses.computeIfAbsent(address, a -> new ArrayDeque<>());
            synchronized (failures) {
                prune(failures, now);
                failures.addLast(now);
            }
        }
        var after = users.compute(key(username), (k, previous) -> {
            int count = previous == null || previous.lockedUntil() != null ? 1 : previous.count() + 1;
            return count >= properties.maxFailuresPerUser()
                    ? new UserFailures(0, now.plus(properties.lockDuration()))
                    : new UserFailures(count, null);
        });
        return after.lockedUntil() != null;
    }

    void succeeded(String username) {
        users.remove(key(username));
    }

    void unlock(String username) {
        users.remove(key(username));
    }

    boolean isLocked(String username) {
        var user = users.get(key(username));
        return user != null && user.lockedUntil() != null && clock.instant().isBefore(user.lockedUntil());
    }

    private void prune(Deque<Instant> failures, Instant now) {
        Instant horizon = now.minus(properties.addressWindow());
        while (!failures.isEmpty() && !failures.peekFirst().isAfter(horizon)) {
            failures.pollFirst();
        }
    }

    private void forgetExpired(Instant now) {
        users.values().removeIf(u -> u.lockedUntil() == null || !now.isBefore(u.lockedUntil()));
        addresses.values().removeIf(d -> {
            synchronized (d) {
                prune(d, now);
                return d.isEmpty();
            }
        });
    }

    private static String key(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
