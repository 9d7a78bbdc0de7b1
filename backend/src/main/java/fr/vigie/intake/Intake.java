package fr.vigie.intake;

import java.time.Clock;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Puts a report on the intake log and returns only once Kafka has acknowledged it with
 * {@code acks=all} from an idempotent producer: an acknowledged report is a kept report.
 * <p>
 * Idempotency: the (source, external id) row is written in the same database transaction that
 * waits for Kafka's acknowledgement. If Kafka fails, the transaction rolls back and the caller
 * gets a 503: nothing is half-stored. A repeat with the same content sends nothing; a different
 * content is sent as the next version of the same report.
 */
@Service
public class Intake {

    private final KafkaTemplate<String, String> kafka;
    private final JsonMapper json;
    private final IntakeProperties properties;
    private final IntakeSubmissions submissions;
    private final TransactionTemplate transactions;
    private final Clock clock = Clock.systemUTC();

    Intake(KafkaTemplate<String, String> kafka, JsonMapper json, IntakeProperties properties,
            IntakeSubmissions submissions, TransactionTemplate transactions) {
        this.kafka = kafka;
        this.json = json;
        this.properties = properties;
        this.submissions = submissions;
        this.transactions = transactions;
    }

    public IntakeOutcome submit(SubmissionSource source, ReportSubmission submission) {
        var id = ReportIds.of(source.key(), submission.externalId());
        String hash = ContentHash.of(json, submission);
        return transactions.execute(tx -> {
            if (submissions.insertIfAbsent(source.key(), submission.externalId(), id, hash)) {
                publish(source, id, 1, submission);
                return new IntakeOutcome(id, IntakeOutcome.Kind.ACCEPTED, 1);
            }
            var stored = submissions.lock(source.key(), submission.externalId());
            if (stored.contentHash().equals(hash)) {
                return new IntakeOutcome(stored.reportId(), IntakeOutcome.Kind.DUPLICATE, stored.version());
            }
            int version = stored.version() + 1;
            submissions.newVersion(source.key(), submission.externalId(), hash, version);
            publish(source, stored.reportId(), version, submission);
            return new IntakeOutcome(stored.reportId(), IntakeOutcome.Kind.UPDATED, version);
        });
    }

    private void publish(SubmissionSource source, java.util.UUID id, int version, ReportSubmission submission) {
        String canonicalUrl = submission.url() == null ? null : CanonicalUrl.of(submission.url()).orElse(null);
        var message = new SubmittedReport(id, version, source.partnerId(), source.name(), source.submittedBy(),
                clock.instant(), canonicalUrl, submission);
        String payload = json.writeValueAsString(message);
        try {
            kafka.send(SubmittedReport.TOPIC, id.toString(), payload)
                    .get(properties.acknowledgementTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IntakeUnavailableException(e);
        } catch (ExecutionException | TimeoutException | org.apache.kafka.common.KafkaException
                | org.springframework.kafka.KafkaException e) {
            throw new IntakeUnavailableException(e);
        }
    }
}
