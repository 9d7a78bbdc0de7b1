package fr.vigie.processing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

class IntakeLagTest {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final MovingClock clock = new MovingClock();
    private final AtomicLong backlog = new AtomicLong(7);
    private final AtomicBoolean brokerDown = new AtomicBoolean();
    private final IntakeLag lag = new IntakeLag(() -> {
        if (brokerDown.get()) {
            throw new java.util.concurrent.TimeoutException("broker busy");
        }
        return backlog.get();
    }, meters, clock);

    @Test
    void aFailedRefreshLeavesTheFigureButItsAgeSaysHowOldItIs() {
        lag.refresh();
        assertThat(gauge("vigie.intake.consumer.lag")).isEqualTo(7.0);
        assertThat(gauge("vigie.intake.consumer.lag.age")).isEqualTo(0.0);

        brokerDown.set(true);
        backlog.set(7_000);
        for (int i = 0; i < 5; i++) {
            clock.advance(IntakeLag.PERIOD);
            lag.refresh();
        }
        assertThat(gauge("vigie.intake.consumer.lag")).as("last known figure").isEqualTo(7.0);
        assertThat(gauge("vigie.intake.consumer.lag.age")).isEqualTo(25.0);
        assertThat(lag.stale()).isFalse();

        clock.advance(IntakeLag.PERIOD.plusSeconds(1));
        lag.refresh();
        assertThat(lag.stale()).as("older than 30 s: stale, and said once in the log").isTrue();

        brokerDown.set(false);
        clock.advance(IntakeLag.PERIOD);
        lag.refresh();
        assertThat(lag.stale()).isFalse();
        assertThat(gauge("vigie.intake.consumer.lag")).isEqualTo(7_000.0);
        assertThat(gauge("vigie.intake.consumer.lag.age")).isEqualTo(0.0);
    }

    @Test
    void neverMeasuredIsUnknownAndAgesFromStartUp() {
        brokerDown.set(true);
        clock.advance(Duration.ofSeconds(40));
        lag.refresh();
        assertThat(gauge("vigie.intake.consumer.lag")).isEqualTo(-1.0);
        assertThat(gauge("vigie.intake.consumer.lag.age")).isEqualTo(40.0);
        assertThat(lag.stale()).isTrue();
    }

    private double gauge(String name) {
        return meters.get(name).gauge().value();
    }

    private static final class MovingClock extends Clock {

        private Instant now = Instant.parse("2026-12-01T09:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
