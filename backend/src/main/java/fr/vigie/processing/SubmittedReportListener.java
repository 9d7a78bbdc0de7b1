package fr.vigie.processing;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import fr.vigie.intake.SubmittedReport;
import fr.vigie.search.IndexedReport;
import fr.vigie.search.ReportIndex;
import fr.vigie.triage.AssessedReport;
import fr.vigie.triage.Assessment;
import fr.vigie.triage.Recording;
import fr.vigie.triage.ReportRegistry;
import fr.vigie.triage.Signal;

/**
 * One record at a time: assess, record in PostgreSQL, index in Elasticsearch. The offset is
 * committed only after both succeeded (ack mode RECORD), so a crash in between means a
 * redelivery, which the deterministic id makes harmless.
 */
@Component
class SubmittedReportListener {

    private static final Logger log = LoggerFactory.getLogger(SubmittedReportListener.class);

    private final JsonMapper json;
    private final ReportAssessor assessor;
    private final ReportRegistry registry;
    private final ReportIndex index;

    SubmittedReportListener(JsonMapper json, ReportAssessor assessor, ReportRegistry registry, ReportIndex index) {
        this.json = json;
        this.assessor = assessor;
        this.registry = registry;
        this.index = index;
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
     * One consumer thread per partition of the intake topic by default: recording waits mostly on
     * PostgreSQL and Elasticsearch, so reports of different partitions overlap those waits. The
     * versions of one report share a partition (the key is its id), so they stay in order; reports
     * that share content are serialised by the registry's locks.
     */
    @KafkaListener(id = "vigie-processing", topics = SubmittedReport.TOPIC, groupId = "vigie-processing",
            concurrency = "${vigie.processing.consumers:3}")
    void onSubmitted(ConsumerRecord<String, String> record) {
        SubmittedReport submitted = read(record);
        var assessment = assessor.assess(submitted.report());
        var recording = registry.record(assessed(submitted, assessment));
        // A late redelivery of an older version must not put stale text back in the index.
        boolean current = recording != Recording.REDELIVERED || registry.version(submitted.id()) == submitted.version();
        if (current) {
            index.index(indexed(submitted, assessment, recording));
        }
        // Ids and bands only: report content never goes to the logs.
        log.debug("Report {} v{} {} as {} (partition {}, offset {})", submitted.id(), submitted.version(), recording,
                assessment.priority(), record.partition(), record.offset());
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

    /** What search indexes: a new report, or a sighting merged into an earlier one. */
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
