package fr.vigie.processing;

import java.util.Map;
import java.util.Set;

import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.kafka.event.ListenerContainerPartitionIdleEvent;
import org.springframework.stereotype.Component;

/**
 * Commits an idle intake partition's position when it is past the committed offset, so that what
 * lies between is only transaction markers and aborted records — which no listener ever receives,
 * hence no batch ever commits past. Spring Kafka's {@code fixTxOffsets} corrects the marker after a
 * batch it has just committed, but not a partition that gets no record at all: after a kill -9 during
 * intake (the broker aborts the dead producer's transaction, leaving aborted records and a marker),
 * or after a restart that finds a partition done but for its last marker. Its lag then read 1 or 2
 * for ever, a backlog on the dashboard that nobody can clear (seen in CrashRecoveryIT on a loaded
 * machine).
 *
 * <p>Safe because the event comes on the consumer's own thread, between polls, once the partition
 * has had no record for {@link ListenerContainerConfiguration#IDLE_PARTITION} : every record before
 * its position was handed to the listener and its batch committed at the top of that poll loop. A
 * paused partition (an error handler's back-off, a pause for maintenance) is left alone.
 */
@Component
class IdlePartitionCommits {

    private static final Logger log = LoggerFactory.getLogger(IdlePartitionCommits.class);

    @EventListener
    void onIdle(ListenerContainerPartitionIdleEvent idle) {
        var consumer = idle.getConsumer();
        if (consumer == null || idle.isPaused() || !idle.getListenerId().startsWith(SubmittedReportListener.ID)) {
            return;
        }
        var partition = idle.getTopicPartition();
        try {
            if (consumer.paused().contains(partition)) {
                return;
            }
            long position = consumer.position(partition);
            var committed = consumer.committed(Set.of(partition)).get(partition);
            if (position > (committed == null ? 0 : committed.offset())) {
                consumer.commitSync(Map.of(partition, new OffsetAndMetadata(position)));
                log.debug("Committed idle partition {} past its markers: {} → {}", partition,
                        committed == null ? "none" : committed.offset(), position);
            }
        } catch (KafkaException | IllegalStateException e) {
            // revoked in between, or a rebalance under way: the next owner's own idle event will do it
            log.info("Idle partition {} not committed ({})", partition, e.getClass().getSimpleName());
        }
    }
}
