package fr.vigie.search;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import fr.vigie.triage.IndexableReport;
import fr.vigie.triage.PartnerFeedback;
import fr.vigie.triage.ReportSnapshots;

/**
 * Keeps the index in step with the system of record. Each change of a report is announced on
 * {@code vigie.reports.events} (triage's outbox, in the transaction of the change); this consumer
 * (group {@code vigie-search}) reads the report as it now stands and writes its document with its
 * revision, or deletes it if the report is gone. A replay, a redelivery or two instances reading
 * side by side are harmless: a write older than the document is refused by its version. A
 * report's first event, {@code RECORDED}, is skipped: processing wrote that very document already.
 */
@Component
public class ReportIndexFeed {

    private static final Logger log = LoggerFactory.getLogger(ReportIndexFeed.class);

    private final ReportSnapshots snapshots;
    private final ReportIndex index;

    ReportIndexFeed(ReportSnapshots snapshots, ReportIndex index) {
        this.snapshots = snapshots;
        this.index = index;
    }

    @KafkaListener(id = "vigie-search", topics = PartnerFeedback.CHANGES_TOPIC, groupId = "vigie-search",
            containerFactory = SearchEventsConfiguration.FACTORY, batch = "true")
    void onEvents(List<ConsumerRecord<String, String>> records) {
        var ids = new HashSet<UUID>();
        for (var record : records) {
            if (snapshots.announcesNewReport(record.value())) {
                // processing indexed the new report's complete document itself before committing its
                // offset (ADR 0017, amended): indexing it again would only repeat it
                continue;
            }
            try {
                ids.add(UUID.fromString(record.key())); // the outbox keys every report event by the report's id
            } catch (IllegalArgumentException | NullPointerException e) {
                log.warn("Report event without a report id at {}-{}@{} skipped", record.topic(), record.partition(), record.offset());
            }
        }
        follow(ids);
    }

    /** Writes these reports' documents as they now stand; deletes those of reports that are gone. */
    public void follow(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return;
        }
        var current = snapshots.current(ids);
        index.indexAll(current.stream().map(ReportIndexFeed::document).toList());
        var gone = new HashSet<>(ids);
        current.forEach(r -> gone.remove(r.id()));
        index.deleteAll(gone);
    }

    /** The document of the report as the system of record holds it, at its revision. */
    public static IndexedReport document(IndexableReport r) {
        return IndexedReport.of(r.id()).revision(r.revision()).text(r.text()).platform(r.platform()).platformName(r.platformName())
                .priority(r.priority()).score(r.score()).status(r.status()).observedAt(r.observedAt()).receivedAt(r.receivedAt())
                .city(r.city()).department(r.department()).signalCodes(r.signalCodes()).phones(r.phones()).handles(r.handles())
                .sightings(r.sightings()).decisions(r.decisions()).build();
    }
}
