package fr.vigie.intake;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Puts reports on the intake log and returns only once they are durably there: an acknowledged
 * report is a kept report, and a report the submitter was told failed is nowhere.
 * <p>
 * Calls are committed in groups ({@link SubmissionGroups}): each group is one PostgreSQL
 * transaction (the (source, external id) idempotency rows) inside one Kafka transaction (the
 * records, {@link IntakeLog}): the records are sent and acknowledged
 * ({@code acks=all}), PostgreSQL commits, then Kafka commits. Processing reads committed records
 * only, so if PostgreSQL fails nothing is ever processed, and if Kafka's commit fails the rows
 * stay marked unsent: the call answers 503, the status read-back knows nothing of them, and the
 * submitter's retry sends them again. A repeat with the same content sends nothing; a different
 * content is sent as the next version of the same report.
 */
@Service
class Intake implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(Intake.class);

    private final IntakeLog intakeLog;
    private final SubmissionLocks locks;
    private final JsonMapper json;
    private final IntakeProperties properties;
    private final IntakeSubmissions submissions;
    private final TransactionTemplate transactions;
    private final Clock clock = Clock.systemUTC();
    private final SubmissionGroups groups;
    private final DistributionSummary groupCalls;

    Intake(IntakeLog intakeLog, SubmissionLocks locks, JsonMapper json, IntakeProperties properties,
            IntakeSubmissions submissions, TransactionTemplate transactions, MeterRegistry meters) {
        this.intakeLog = intakeLog;
        this.locks = locks;
        this.json = json;
        this.properties = properties;
        this.submissions = submissions;
        this.transactions = transactions;
        this.groupCalls = DistributionSummary.builder("vigie.intake.group.calls")
                .description("Intake calls committed together in one Kafka and one PostgreSQL transaction")
                .register(meters);
        this.groups = new SubmissionGroups(this::commit, Intake::causedByOneCall, properties);
        Gauge.builder("vigie.intake.calls.waiting", groups, SubmissionGroups::waiting)
                .description("Intake calls waiting for a committer").register(meters);
    }

    public IntakeOutcome submit(SubmissionSource source, ReportSubmission submission) {
        return submitAll(source, List.of(submission)).getFirst();
    }

    /**
     * Several reports of one source, in order, in one transaction with the calls waiting beside it:
     * every send to Kafka is started before any acknowledgement is awaited, so a batch of 500 waits
     * for Kafka about once, not 500 times. All or nothing: if any send fails or is not acknowledged
     * in time, or either commit fails, the caller gets a 503 for the whole call and none of it is
     * processed (a retry is safe: repeats are recognised, and processing takes a report version at
     * most once).
     */
    public List<IntakeOutcome> submitAll(SubmissionSource source, List<ReportSubmission> reports) {
        if (reports.isEmpty()) {
            return List.of();
        }
        return groups.submit(source, reports);
    }

    /** One group of calls, in one Kafka transaction and one PostgreSQL transaction (see {@link SubmissionGroups}). */
    private List<List<IntakeOutcome>> commit(List<SubmissionGroups.Call> group) {
        groupCalls.record(group.size());
        return intakeLog.inSlot(() -> commitLocked(group));
    }

    private List<List<IntakeOutcome>> commitLocked(List<SubmissionGroups.Call> group) {
        var keys = group.stream().flatMap(call -> call.reports().stream()
                .map(report -> SubmissionLocks.key(call.source().key(), report.externalId()))).toList();
        try (var held = locks.lock(keys)) {
            // shared by the group: a repeat of a version an earlier call of the group sends is a duplicate
            var sent = new ArrayList<IntakeSubmissions.SentVersion>();
            List<List<IntakeOutcome>> outcomes = intakeLog.inTransaction(topic -> transactions.execute(tx -> {
                var sends = new ArrayList<CompletableFuture<?>>();
                var recorded = new IdentityHashMap<SubmissionGroups.Call, List<IntakeOutcome>>();
                // The calls of one source in one pass, in their order: one lock, one insert and one
                // update statement for all of them, not three per call (a call's reports are taken
                // in order either way, so a later call's repeat of an earlier one is a duplicate).
                var bySource = new LinkedHashMap<SubmissionSource, List<SubmissionGroups.Call>>();
                group.forEach(call -> bySource.computeIfAbsent(call.source(), source -> new ArrayList<>()).add(call));
                bySource.forEach((source, calls) -> {
                    var outcomesInOrder = recordAll(source,
                            calls.stream().flatMap(call -> call.reports().stream()).toList(), topic, sends, sent);
                    int from = 0;
                    for (var call : calls) {
                        recorded.put(call, outcomesInOrder.subList(from, from + call.reports().size()));
                        from += call.reports().size();
                    }
                });
                awaitAcknowledgements(sends);
                return group.stream().map(recorded::get).toList();
            }));
            markSent(sent);
            return outcomes;
        } catch (DataAccessException | TransactionException e) {
            // PostgreSQL failed (or could not commit): the Kafka transaction was aborted, nothing is kept
            throw new IntakeUnavailableException(e);
        }
    }

    /**
     * A statement or a commit refused for what it was given (a constraint, a trigger: not a lost
     * connection, a timeout or a lock wait) may be one call's doing: its group is then committed
     * call by call, so that call alone fails. Kafka's failures and PostgreSQL's outages are the
     * whole group's: retrying call by call would only multiply the wait.
     */
    private static boolean causedByOneCall(RuntimeException failure) {
        Throwable cause = failure instanceof IntakeUnavailableException ? failure.getCause() : failure;
        return cause instanceof IllegalStateException || cause instanceof TransactionSystemException
                || (cause instanceof DataAccessException && !(cause instanceof DataAccessResourceFailureException)
                        && !(cause instanceof TransientDataAccessException) && !(cause instanceof RecoverableDataAccessException));
    }

    @Override
    public void destroy() {
        groups.close();
    }

    /**
     * Decides, for each submission in order, whether it is new, a repeat, a retry of an attempt
     * that was never sent, or a new version, against the rows as they stand (locked) and as the
     * earlier items of the same call left them; then writes the new rows and versions in two
     * statements, whatever the size of the call.
     */
    private List<IntakeOutcome> recordAll(SubmissionSource source, List<ReportSubmission> reports,
            KafkaOperations<String, String> topic, List<CompletableFuture<?>> sends, List<IntakeSubmissions.SentVersion> sent) {
        var current = new HashMap<String, IntakeSubmissions.Stored>(
                submissions.lockAll(source.key(), reports.stream().map(ReportSubmission::externalId).distinct().toList()));
        var fresh = new LinkedHashMap<String, IntakeSubmissions.Stored>();
        var bumped = new LinkedHashMap<String, IntakeSubmissions.Stored>();
        var outcomes = new ArrayList<IntakeOutcome>(reports.size());
        for (ReportSubmission submission : reports) {
            String externalId = submission.externalId();
            String hash = ContentHash.of(json, submission);
            var stored = current.get(externalId);
            if (stored == null) {
                var id = ReportIds.of(source.key(), externalId);
                var row = new IntakeSubmissions.Stored(id, externalId, hash, 1, 0, null);
                current.put(externalId, row);
                fresh.put(externalId, row);
                sends.add(send(topic, source, id, 1, submission));
                sent.add(new IntakeSubmissions.SentVersion(id, 1));
                outcomes.add(new IntakeOutcome(id, IntakeOutcome.Kind.ACCEPTED, 1));
            } else if (stored.contentHash().equals(hash)) {
                var same = new IntakeSubmissions.SentVersion(stored.reportId(), stored.version());
                if (stored.sentVersion() >= stored.version() || sent.contains(same)) {
                    outcomes.add(new IntakeOutcome(stored.reportId(), IntakeOutcome.Kind.DUPLICATE, stored.version()));
                } else {
                    // The earlier attempt was answered 503 (or never answered): this retry sends it.
                    sends.add(send(topic, source, stored.reportId(), stored.version(), submission));
                    sent.add(same);
                    outcomes.add(new IntakeOutcome(stored.reportId(),
                            stored.version() == 1 ? IntakeOutcome.Kind.ACCEPTED : IntakeOutcome.Kind.UPDATED, stored.version()));
                }
            } else {
                int version = stored.version() + 1;
                var row = new IntakeSubmissions.Stored(stored.reportId(), externalId, hash, version, stored.sentVersion(), null);
                current.put(externalId, row);
                (fresh.containsKey(externalId) ? fresh : bumped).put(externalId, row);
                sends.add(send(topic, source, stored.reportId(), version, submission));
                sent.add(new IntakeSubmissions.SentVersion(stored.reportId(), version));
                outcomes.add(new IntakeOutcome(stored.reportId(), IntakeOutcome.Kind.UPDATED, version));
            }
        }
        submissions.insertAll(source.key(), fresh.values());
        submissions.newVersions(source.key(), bumped.values());
        return outcomes;
    }

    private CompletableFuture<?> send(KafkaOperations<String, String> topic, SubmissionSource source, UUID id, int version,
            ReportSubmission submission) {
        String canonicalUrl = submission.url() == null ? null : CanonicalUrl.of(submission.url()).orElse(null);
        var message = new SubmittedReport(id, version, source.partnerId(), source.name(), source.submittedBy(),
                clock.instant(), canonicalUrl, submission);
        try {
            return topic.send(SubmittedReport.TOPIC, id.toString(), json.writeValueAsString(message));
        } catch (org.apache.kafka.common.KafkaException | org.springframework.kafka.KafkaException e) {
            throw new IntakeUnavailableException(e);
        }
    }

    /**
     * Both transactions committed: the records are on the log. Should PostgreSQL fail just now,
     * the rows stay marked unsent, which costs at most a second copy of the record on a retry
     * (processing takes a version once): the answer is still the truth, the reports are kept.
     */
    private void markSent(List<IntakeSubmissions.SentVersion> sent) {
        if (sent.isEmpty()) {
            return;
        }
        try {
            submissions.markSent(sent);
        } catch (DataAccessException e) {
            log.warn("Intake: {} reports committed to the log but not marked sent ({})", sent.size(),
                    e.getClass().getSimpleName());
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
