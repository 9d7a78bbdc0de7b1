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
import fr.vigie.triage.Recording;
import fr.vigie.triage.ReportRegistry;

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
        var report = submitted.report();
        var assessment = assessor.assess(report);
        var location = report.location();
        var assessed = new AssessedReport(submitted.id(), submitted.version(), submitted.partnerId(),
                submitted.partnerName(), submitted.submittedBy(), report.externalId(), report.platform().name(),
                report.platformName(), report.url(), submitted.canonicalUrl(), report.text(),
                report.observedAt(), submitted.receivedAt(),
                location == null ? null : location.city(),
                location == null ? null : location.postalCode(),
                location == null ? null : location.department(),
                report.contacts(), report.reporterConcern() == null ? null : report.reporterConcern().name(),
                report.note(), assessment.band(), assessment.score(), assessment.signals(), assessment.entities(),
                assessment.fingerprint(), assessment.rulesVersion());
        var recording = registry.record(assessed);
        // A late redelivery of an older version must not put stale text back in the index.
        boolean current = recording != Recording.REDELIVERED || registry.version(submitted.id()) == submitted.version();
        if (current) {
            index.index(new IndexedReport(submitted.id(), report.text(), report.platform().name(), report.platformName(),
                assessment.band().name(), assessment.score(), recording == Recording.SIGHTING ? "MERGED" : "NEW", report.observedAt(), submitted.receivedAt(),
                assessed.city(), assessed.department(),
                    assessment.signals().stream().map(s -> s.code()).toList()));
        }
        // Ids and bands only: report content never goes to the logs.
        log.debug("Report {} v{} {} as {} (partition {}, offset {})", submitted.id(), submitted.version(), recording,
                assessment.band(), record.partition(), record.offset());
    }
}
