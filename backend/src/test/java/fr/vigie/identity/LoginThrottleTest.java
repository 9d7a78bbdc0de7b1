package fr.vigie.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private static final class MovableClock extends Clock {
        Instant now = Instant.parse("2026-11-27T21:00:00Z");

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
    private final LoginThrottle throttle = new LoginThrottle(
            new SecurityProperties(5, Duration.ofMinutes(15), 8, Duration.ofMinutes(10)), clock);

    @Test
    void locksAUsernameForFifteenMinutesAfterFiveConsecutiveFailures() {
        for (int i = 1; i <= 4; i++) {
            assertThat(throttle.failed("Camille", "10.0.0." + i)).isFalse();
        }
        assertThat(throttle.check("camille", "10.0.0.9").outcome()).isEqualTo(LoginThrottle.Outcome.ALLOWED);
        assertThat(throttle.failed("camille", "10.0.0.5")).isTrue();

        var verdict = throttle.check("CAMILLE", "10.0.0.9");
        assertThat(verdict.outcome()).isEqualTo(LoginThrottle.Outcome.USER_LOCKED);
        assertThat(verdict.retryAfter()).isEqualTo(Duration.ofMinutes(15));
        assertThat(throttle.isLocked("camille")).isTrue();

        clock.now = clock.now.plus(Duration.ofMinutes(15));
        assertThat(throttle.check("camille", "10.0.0.9").outcome()).isEqualTo(LoginThrottle.Outcome.ALLOWED);
    }

    @Test
    void aSuccessResetsTheCountAndAnAdminCanUnlock() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("dominique", null);
        }
        throttle.succeeded("dominique");
        assertThat(throttle.failed("dominique", null)).isFalse();

        for (int i = 0; i < 5; i++) {
            throttle.failed("sacha", null);
        }
        assertThat(throttle.isLocked("sacha")).isTrue();
        throttle.unlock("sacha");
        assertThat(throttle.check("sacha", null).outcome()).isEqualTo(LoginThrottle.Outcome.ALLOWED);
    }

    @Test
    void throttlesAnAddressThatTriesManyUsernames() {
        for (int i = 0; i < 8; i++) {
            throttle.failed("user" + i, "192.0.2.7");
            clock.now = clock.now.plusSeconds(30);
        }
        var verdict = throttle.check("someone-else", "192.0.2.7");
        assertThat(verdict.outcome()).isEqualTo(LoginThrottle.Outcome.ADDRESS_THROTTLED);
        // failures at 0 s, 30 s … 210 s, now 240 s: the first leaves the 10-minute window at 600 s
        assertThat(verdict.retryAfter()).isEqualTo(Duration.ofSeconds(360));
        assertThat(throttle.check("someone-else", "192.0.2.8").outcome()).isEqualTo(LoginThrottle.Outcome.ALLOWED);

        clock.now = clock.now.plus(Duration.ofMinutes(10));
        assertThat(throttle.check("someone-else", "192.0.2.7").outcome()).isEqualTo(LoginThrottle.Outcome.ALLOWED);
    }
}
