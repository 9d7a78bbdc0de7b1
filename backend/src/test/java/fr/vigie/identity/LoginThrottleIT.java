package fr.vigie.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.vigie.support.EmbeddedServersTest;

/**
 * The counts live in the shared PostgreSQL: each test uses usernames and addresses of its own,
 * and a clock it moves.
 */
class LoginThrottleIT extends EmbeddedServersTest {

    private static final class MovableClock extends Clock {
        Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final MovableClock clock = new MovableClock();
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final SecurityProperties limits = new SecurityProperties(5, Duration.ofMinutes(15), 8, Duration.ofMinutes(10));
    private JdbcClient jdbc;
    private LoginThrottle throttle;

    @Autowired
    void throttleOn(JdbcClient jdbc) {
        this.jdbc = jdbc;
        throttle = new LoginThrottle(jdbc, limits, clock);
    }

    @Test
    void twoThrottlesOnTheSameDatabaseCountTogether() {
        // as a second instance would: its own throttle, the same database
        var other = new LoginThrottle(jdbc, limits, clock);
        String user = "alix-" + run;
        for (int i = 0; i < 4; i++) {
            assertThat((i % 2 == 0 ? throttle : other).failed(user, null)).isFalse();
        }
        assertThat(other.failed(user, null)).isTrue();
        assertThat(throttle.check(user, null).outcome()).isEqualTo(LoginThrottle.Outcome.USER_LOCKED);
    }

    @Test
    void locksAUsernameForFifteenMinutesAfterFiveConsecutiveFailures() {
        for (int i = 1; i <= 4; i++) {
            assertThat(throttle.failed("Camille-" + run, "10.0.0." + i + "-" + run)).isFalse();
        }
        assertThat(throttle.check("camille-" + run, "10.0.0.9-" + run).outcome()).isEqualTo(LoginThrottle.Outcome.ALLOWED);
        assertThat(throttle.failed("camille-" + run, "10.0.0.5-" + run)).isTrue();

        var verdict = throttle.check("CAMILLE-" + run, "10.0.0.9-" + run);
        assertThat(verdict.outcome()).isEqualTo(LoginThrottle.Outcome.USER_LOCKED);
        assertThat(verdict.retryAfter()).isEqualTo(Duration.ofMinutes(15));
        assertThat(throttle.isLocked("camille-" + run)).isTrue();

        clock.now = clock.now.plus(Duration.ofMinutes(15));
        assertThat(throttle.check("camille-" + run, "10.0.0.9-" + run).outcome()).isEqualTo(LoginThrottle.Outcome.ALLOWED);
    }

    @Test
    void aSuccessResetsTheCountAndAnAdminCanUnlock() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("dominique-" + run, null);
        }
        throttle.succeeded("dominique-" + run);
        assertThat(throttle.failed("dominique-" + run, null)).isFalse();

        for (int i = 0; i < 5; i++) {
            throttle.failed("sacha-" + run, null);
        }
        assertThat(throttle.isLocked("sacha-" + run)).isTrue();
        throttle.unlock("sacha-" + run);
        assertThat(throttle.check("sacha-" + run, null).outcome()).isEqualTo(LoginThrottle.Outcome.ALLOWED);
    }

    @Test
    void throttlesAnAddressThatTriesManyUsernames() {
        for (int i = 0; i < 8; i++) {
            throttle.failed("user" + i + "-" + run, address(7));
            clock.now = clock.now.plusSeconds(30);
        }
        var verdict = throttle.check("someone-else-" + run, address(7));
        assertThat(verdict.outcome()).isEqualTo(LoginThrottle.Outcome.ADDRESS_THROTTLED);
        // failures at 0 s, 30 s … 210 s, now 240 s: the first leaves the 10-minute window at 600 s
        assertThat(verdict.retryAfter()).isEqualTo(Duration.ofSeconds(360));
        assertThat(throttle.check("someone-else-" + run, address(8)).outcome()).isEqualTo(LoginThrottle.Outcome.ALLOWED);

        clock.now = clock.now.plus(Duration.ofMinutes(10));
        assertThat(throttle.check("someone-else-" + run, address(7)).outcome()).isEqualTo(LoginThrottle.Outcome.ALLOWED);
    }

    private String address(int n) {
        return "192.0.2." + n + "-" + run;
    }
}
