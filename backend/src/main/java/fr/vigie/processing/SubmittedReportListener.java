package fr.vigie.processing;

import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import fr.vigie.intake.SubmittedReport;
import fr.vigie.search.IndexedReport;
import fr.vigie.search.ReportIndex;
import fr.vigie.search.ReportIndexFeed;
import fr.vigie.triage.AssessedReport;
import fr.vigie.triage.Assessment;
import fr.vigie.triage.Recorded;
import fr.vigie.triage.Recording;
import fr.vigie.triage.ReportRegistry;
import fr.vigie.triage.ReportSnapshots;
import fr.vigie.triage.Signal;

/**
 * A batch of records at a time (ADR 0016): assess, record in PostgreSQL in one transaction, index
 * in Elasticsearch in one bulk request. The offsets are committed only after both succeeded (ack
 * mode BATCH), so a crash in between means a redelivery, which the deterministic id makes harmless.
 */
@Component
class SubmittedReportListener {

    /** The listener's id; its containers are {@code vigie-processing-0}, {@code -1}, and so on. */
    static final String ID = "vigie-processing";

    private static final Logger log = LoggerFactory.getLogger(SubmittedReportListener.class);

    private final JsonMapper json;
    private final ReportAssessor assessor;
    private final ReportRegistry registry;
    private final ReportIndex index;
    private final ReportSnapshots snapshots;

    SubmittedReportListener(JsonMapper json, ReportAssessor assessor, ReportRegistry registry, ReportIndex index,
            ReportSnapshots snapshots) {
        this.json = json;
        this.assessor = assessor;
        this.registry = registry;
        this.index = index;
        this.snapshots = snapshots;
    }

    /**
     * Parse errors quote the payload (report content) in their message; they are replaced by one
     * that names the record only, since the error goes to the logs and the dead-letter headers.
     */
    private SubmittedReport read(ConsumerRecord<String, String> record) {
        try {
            return json.readValue(record.value(), SubmittedReport.class);
        } catch (JacksonException e) {
            throw new UnreadableRecordException(record.topic(), record.partition(), record.offset(), e.getClass().getSimpleName());
        }
    }

    /*
     * One consumer thread per partition of the intake topic by default, each handed up to
     * vigie.processing.batch-size records per poll (whatever arrived while it processed the
     * previous batch, so a quiet topic still gets one record at once). The versions of one report
     * share a partition (the key is its id), so they stay in order; reports that share content are
     * serialised by the registry's locks.
     */
    @KafkaListener(id = ID, topics = SubmittedReport.TOPIC, groupId = "vigie-processing",
            concurrency = "${vigie.processing.consumers:3}", batch = "true",
            properties = { "max.poll.records=${vigie.processing.batch-size:500}",
                "fetch.max.wait.ms=${vigie.processing.fetch-wait-ms:50}" })
    void onSubmitted(List<ConsumerRecord<String, String>> records) {
        var batch = new ArrayList<Submission>(records.size());
        for (int i = 0; i < records.size(); i++) {
            try {
                batch.add(new Submission(i, records.get(i), read(records.get(i))));
            } catch (UnreadableRecordException e) {
                // the readable ones before it are processed, then this one goes to the dead letters alone
                // and the rest is delivered again
                process(batch);
                throw new BatchListenerFailedException(e.getMessage(), e, i);
            }
        }
        process(batch);
    }

    private record Submission(int index, ConsumerRecord<String, String> record, SubmittedReport report) {
    }

    /**
     * The batch in one PostgreSQL transaction, then one bulk request to Elasticsearch; the offsets
     * are committed (ack mode BATCH) only when this returns, so after both hold the batch. An
     * outage fails the batch from its first record (retried until the servers are back); any other
     * failure has the batch recorded again one report at a time, to find the report at fault: those
     * before it are kept, it is retried then dead-lettered, and the rest is delivered again. A report
     * the engine cannot assess is at fault in the same way.
     */
    private void process(List<Submission> batch) {
        var assessments = new ArrayList<ReportAssessor.Assessed>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            try {
                assessments.add(assessor.assess(batch.get(i).report().report()));
            } catch (RuntimeException e) {
                // a report the engine cannot assess fails alone, like an unreadable record: the ones before it are
                // kept, it is retried then dead-lettered, and the rest is delivered again (thrown for the whole
                // batch, the error handler would dead-letter every report of it)
                record(batch.subList(0, i), assessments);
                throw new BatchListenerFailedException("Report at offset " + batch.get(i).record().offset()
                        + " could not be assessed: " + e.getClass().getSimpleName(), e, batch.get(i).index());
            }
        }
        record(batch, assessments);
    }

    private void record(List<Submission> batch, List<ReportAssessor.Assessed> assessments) {
        if (batch.isEmpty()) {
            return;
        }
        var assessed = new ArrayList<AssessedReport>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            assessed.add(assessed(batch.get(i).report(), assessments.get(i).assessment()));
        }
        try {
            var recordings = registry.recordAll(assessed);
            index.indexAll(documents(batch, assessments, recordings));
        } catch (RuntimeException e) {
            if (Outages.isOutage(e)) {
                throw new BatchListenerFailedException("Processing paused: " + e.getClass().getSimpleName(), e,
                        batch.getFirst().index());
            }
            log.warn("A batch of {} reports failed ({}); recording them one at a time", batch.size(),
                    e.getClass().getSimpleName());
            for (int i = 0; i < batch.size(); i++) {
                try {
                    var recording = registry.record(assessed.get(i));
                    index.indexAll(documents(batch.subList(i, i + 1), assessments.subList(i, i + 1), List.of(recording)));
                } catch (RuntimeException one) {
                    throw new BatchListenerFailedException("Report at offset " + batch.get(i).record().offset()
                            + " failed: " + one.getClass().getSimpleName(), one, batch.get(i).index());
                }
            }
        }
        // Ids and counts only: report content never goes to the logs.
        log.debug("Batch of {} reports recorded and indexed (partition {}, offsets {}–{})", batch.size(),
                batch.getFirst().record().partition(), batch.getFirst().record().offset(), batch.getLast().record().offset());
    }

    /**
     * The documents to index. A new report's is complete, at the revision it was inserted with (the
     * index feed skips its {@code RECORDED} event, ADR 0017 amended). A redelivery of the version
     * recorded is indexed as the report now stands, read back: the delivery that recorded it may
     * have failed before its document was written. A late redelivery of an older version must not
     * put stale text back in the index, and is left out.
     */
    private List<IndexedReport> documents(List<Submission> batch, List<ReportAssessor.Assessed> assessments,
            List<Recorded> recordings) {
        var documents = new ArrayList<IndexedReport>(batch.size());
        var redelivered = new ArrayList<java.util.UUID>();
        for (int i = 0; i < batch.size(); i++) {
            var submitted = batch.get(i).report();
            var recorded = recordings.get(i);
            var assessed = assessments.get(i);
            switch (recorded.recording()) {
                case CREATED -> documents.add(ReportIndexFeed.document(recorded.indexable()).withTerms(assessed.terms()));
                case REDELIVERED -> {
                    if (registry.version(submitted.id()) == submitted.version()) {
                        redelivered.add(submitted.id());
                    }
                }
                case SIGHTING, UPDATED ->
                    documents.add(indexed(submitted, assessed.assessment(), recorded.recording()).withTerms(assessed.terms()));
            }
        }
        if (!redelivered.isEmpty()) {
            snapshots.current(redelivered).forEach(r -> documents.add(ReportIndexFeed.document(r)));
        }
        return documents;
    }

    /** What triage records: the submission as received, and its assessment. */
    static AssessedReport assessed(SubmittedReport submitted, Assessment assessment) {
        var report = submitted.report();
        var sender = new AssessedReport.Sender(submitted.partnerId(), submitted.partnerName(), submitted.submittedBy(),
                report.externalId(), submitted.receivedAt(),
                report.reporterConcern() == null ? null : report.reporterConcern().name(), report.note());
        var ad = new AssessedReport.Ad(report.platform().name(), report.platformName(), report.url(),
                submitted.canonicalUrl(), report.text(), report.observedAt(), report.contacts());
        var location = report.location();
        var place = location == null ? AssessedReport.Place.UNKNOWN
                : new AssessedReport.Place(location.city(), location.postalCode(), location.department());
        return new AssessedReport(submitted.id(), submitted.version(), sender, ad, place, assessment);
    }

    /**
     * What search indexes of a sighting merged into an earlier report, or of a new version (the
     * feed writes its next revision on the version's event): version 1, from the submission alone.
     */
    static IndexedReport indexed(SubmittedReport submitted, Assessment assessment, Recording recording) {
        var report = submitted.report();
        var location = report.location();
        return IndexedReport.of(submitted.id())
                .text(report.text())
                .platform(report.platform().name())
                .platformName(report.platformName())
                .priority(assessment.priority().name())
                .score(assessment.score())
                .signalCodes(assessment.signals().stream().map(Signal::code).toList())
                .status(recording == Recording.SIGHTING ? "MERGED" : "NEW")
                .observedAt(report.observedAt())
                .receivedAt(submitted.receivedAt())
                .city(location == null ? null : location.city())
                .department(location == null ? null : location.department())
                .build();
    }
}
