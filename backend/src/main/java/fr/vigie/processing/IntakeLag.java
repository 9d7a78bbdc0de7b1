package fr.vigie.processing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.AdminClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.stereotype.Component;

/**
 * {@code vigie_intake_consumer_lag_records}: how many submitted reports wait for processing,
 * refreshed every few seconds from the broker on a thread of its own (a busy scheduler or a slow
 * broker must not freeze it silently). {@code vigie_intake_consumer_lag_age_seconds} says how old
 * that figure is, so a dashboard can tell "0 behind" from "not measured for a minute"; a figure
 * older than {@link #STALE_AFTER} is logged as a WARN once, and its recovery as an INFO.
 */
@Component
class IntakeLag implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(IntakeLag.class);
    static final String GROUP = "vigie-processing";
    static final Duration PERIOD = Duration.ofSeconds(5);
    static final Duration STALE_AFTER = Duration.ofSeconds(30);

    private final Callable<Long> measurement;
    private final Clock clock;
    private final AtomicLong lag = new AtomicLong(-1);
    private final AtomicReference<Instant> refreshedAt = new AtomicReference<>();
    private final Instant startedAt;
    private volatile boolean stale;
    private final AdminClient admin;
    private final ScheduledExecutorService refresher;

    @Autowired
    IntakeLag(KafkaAdmin kafkaAdmin, MeterRegistry meters) {
        this(AdminClient.create(kafkaAdmin.getConfigurationProperties()), meters);
        refresher.scheduleWithFixedDelay(this::refresh, 2, PERIOD.toSeconds(), TimeUnit.SECONDS);
    }

    private IntakeLag(AdminClient admin, MeterRegistry meters) {
        this(() -> new IntakeBacklog(admin, Duration.ofSeconds(10)).measure(GROUP), meters, Clock.systemUTC(), admin);
    }

    /** For tests: any measurement, refreshed by calling {@link #refresh()}. */
    IntakeLag(Callable<Long> measurement, MeterRegistry meters, Clock clock) {
        this(measurement, meters, clock, null);
    }

    private IntakeLag(Callable<Long> measurement, MeterRegistry meters, Clock clock, AdminClient admin) {
        this.measurement = measurement;
        this.clock = clock;
        this.admin = admin;
        this.startedAt = clock.instant();
        this.refresher = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("intake-lag").daemon().factory());
        Gauge.builder("vigie.intake.consumer.lag", lag, AtomicLong::get)
                .description("Submitted reports not yet processed (-1 while unknown)")
                .baseUnit("records")
                .register(meters);
        Gauge.builder("vigie.intake.consumer.lag.age", this, IntakeLag::ageSeconds)
                .description("Seconds since the intake lag was last measured (since start-up while never measured)")
                .baseUnit("seconds")
                .register(meters);
    }

    void refresh() {
        try {
            lag.set(measurement.call());
            refreshedAt.set(clock.instant());
            if (stale) {
                stale = false;
                log.info("Intake lag measured again: {} reports waiting", lag.get());
            }
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            if (!stale && ageSeconds() > STALE_AFTER.toSeconds()) {
                stale = true;
                log.warn("Intake lag not measured for {} s ({}); vigie_intake_consumer_lag_records is stale",
                        (long) ageSeconds(), e.getClass().getSimpleName());
            }
        }
    }

    double ageSeconds() {
        Instant last = refreshedAt.get();
        return Duration.between(last == null ? startedAt : last, clock.instant()).toMillis() / 1000.0;
    }

    boolean stale() {
        return stale;
    }

    @Override
    public void destroy() {
        refresher.shutdownNow();
        if (admin != null) {
            admin.close(Duration.ofSeconds(2));
        }
    }
}
