package fr.vigie.intake;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Puts reports on the intake log and returns only once Kafka has acknowledged them with
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
        return submitAll(source, List.of(submission)).getFirst();
    }

    /**
     * Several reports of one source, in order, in one transaction: every send to Kafka is started
     * before any acknowledgement is awaited, so a batch of 500 waits for Kafka about once, not 500
     * times. All or nothing: if any send fails or is not acknowledged in time, the transaction
     * rolls back and the caller gets a 503 for the whole call (a retry is safe: repeats are
     * recognised, and processing takes a report version at most once).
     */
    public List<IntakeOutcome> submitAll(SubmissionSource source, List<ReportSubmission> reports) {
        if (reports.isEmpty()) {
            return List.of();
        }
        return transactions.execute(tx -> {
            var outcomes = new ArrayList<IntakeOutcome>(reports.size());
            var sends = new ArrayList<CompletableFuture<?>>(reports.size());
            for (ReportSubmission submission : reports) {
                outcomes.add(record(source, submission, sends));
            }
            awaitAcknowledgements(sends);
            return outcomes;
        });
    }

    private IntakeOutcome record(SubmissionSource source, ReportSubmission submission, List<CompletableFuture<?>> sends) {
        var id = ReportIds.of(source.key(), submission.externalId());
        String hash = ContentHash.of(json, submission);
        if (submissions.insertIfAbsent(source.key(), submission.externalId(), id, hash)) {
            sends.add(send(source, id, 1, submission));
            return new IntakeOutcome(id, IntakeOutcome.Kind.ACCEPTED, 1);
        }
        var stored = submissions.lock(source.key(), submission.externalId());
        if (stored.contentHash().equals(hash)) {
            return new IntakeOutcome(stored.reportId(), IntakeOutcome.Kind.DUPLICATE, stored.version());
        }
        int version = stored.version() + 1;
        submissions.newVersion(source.key(), submission.externalId(), hash, version);
        sends.add(send(source, stored.reportId(), version, submission));
        return new IntakeOutcome(stored.reportId(), IntakeOutcome.Kind.UPDATED, version);
    }

    private CompletableFuture<?> send(SubmissionSource source, UUID id, int version, ReportSubmission submission) {
        String canonicalUrl = submission.url() == null ? null : CanonicalUrl.of(submission.url()).orElse(null);
        var message = new SubmittedReport(id, version, source.partnerId(), source.name(), source.submittedBy(),
                clock.instant(), canonicalUrl, submission);
        try {
            return kafka.send(SubmittedReport.TOPIC, id.toString(), json.writeValueAsString(message));
        } catch (org.apache.kafka.common.KafkaException | org.springframework.kafka.KafkaException e) {
            throw new IntakeUnavailableException(e);
        }
    }

    /** Waits for every acknowledgement, all within one timeout from now. */
    private void awaitAcknowledgements(List<CompletableFuture<?>> sends) {
        long deadline = System.nanoTime() + properties.acknowledgementTimeout().toNanos();
        try {
            for (var sent : sends) {
                sent.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IntakeUnavailableException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IntakeUnavailableException(e);
        }
    }
}
