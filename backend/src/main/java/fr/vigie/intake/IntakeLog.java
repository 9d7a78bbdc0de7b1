package fr.vigie.intake;

import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.DefaultTransactionIdSuffixStrategy;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.stereotype.Component;

import fr.vigie.infrastructure.VigieProperties;

/**
 * The intake topic, written only in Kafka transactions. Processing reads it {@code read_committed},
 * so a record becomes visible only when its transaction commits, and intake commits it only after
 * the idempotency rows of the same submissions committed in PostgreSQL: no report reaches the
 * queue unless intake kept its record, whatever fails in between.
 * <p>
 * A small fixed set of transactional producers ({@code vigie.intake.transactions}) serves every
 * request in turn. Their transactional ids are stable for this instance, so after a crash the
 * restarted instance fences the dead one's producers and aborts their open transactions at once.
 */
@Component
class IntakeLog implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(IntakeLog.class);

    private final DefaultKafkaProducerFactory<String, String> producers;
    private final KafkaTemplate<String, String> template;
    private final Semaphore slots;
    private final IntakeProperties properties;

    IntakeLog(ProducerFactory<String, String> defaults, VigieProperties vigie, IntakeProperties properties) {
        this.properties = properties;
        this.producers = (DefaultKafkaProducerFactory<String, String>) defaults.copyWithConfigurationOverride(Map.of(
                ProducerConfig.TRANSACTIONAL_ID_CONFIG, "vigie-intake-" + vigie.resolvedInstanceId() + "-",
                ProducerConfig.TRANSACTION_TIMEOUT_CONFIG, (int) properties.transactionTimeout().toMillis()));
        this.producers.setTransactionIdSuffixStrategy(new DefaultTransactionIdSuffixStrategy(properties.transactions()));
        this.template = new KafkaTemplate<>(producers);
        this.slots = new Semaphore(properties.transactions(), true);
    }

    /**
     * Holds one of the {@code vigie.intake.transactions} slots for {@code work}: a producer, and
     * room for the two database connections a submission uses (its locks, its rows). Bounding
     * both here means a burst of requests waits its turn instead of exhausting the connection
     * pool while holding locks. Waits no longer than the acknowledgement timeout.
     */
    <T> T inSlot(Supplier<T> work) {
        try {
            if (!slots.tryAcquire(properties.acknowledgementTimeout().toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IntakeUnavailableException(new IllegalStateException("no intake slot free in time"));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IntakeUnavailableException(e);
        }
        try {
            return work.get();
        } finally {
            slots.release();
        }
    }

    /** Runs {@code work} in one Kafka transaction, committed when it returns and aborted when it throws. */
    <T> T inTransaction(KafkaOperations.OperationsCallback<String, String, T> work) {
        try {
            return template.executeInTransaction(work);
        } catch (org.apache.kafka.common.KafkaException | org.springframework.kafka.KafkaException e) {
            throw new IntakeUnavailableException(e);
        }
    }

    /**
     * The first transactional producer's start asks the broker for a producer id (and an empty
     * cluster creates its transaction coordinator): done once at start-up rather than in the
     * first partner's request. A broker that is down now only means the first request pays.
     */
    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        Thread.ofVirtual().name("intake-log-warm-up").start(() -> {
            try {
                inSlot(() -> inTransaction(topic -> null));
            } catch (RuntimeException e) {
                log.info("Intake log not warmed up ({}); the first submission will start it", e.getClass().getSimpleName());
            }
        });
    }

    @Override
    public void destroy() {
        producers.destroy();
    }
}
