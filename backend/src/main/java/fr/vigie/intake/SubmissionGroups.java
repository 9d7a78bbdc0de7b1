package fr.vigie.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Intake calls waiting for the log, committed together ("group commit", as PostgreSQL joins the
 * WAL flushes of concurrent commits into one). A free committer takes every call waiting at that
 * moment, up to {@code vigie.intake.group-reports} reports, and the group is committed as one
 * Kafka transaction and one PostgreSQL transaction: under load, a call pays a share of two
 * commits instead of two commits of its own (one call's own commits capped intake near 50 calls/s,
 * issue 18); alone, a call is a group of one and waits for nobody.
 * <p>
 * A call is answered only once its group is durably on the log, or failed: the group is all or
 * nothing, and every call of a failed group is answered 503 (a retry is safe). A failure that
 * one call's data could have caused is not let to fail its neighbours: each call of that group is
 * then committed alone. A call that waited longer than the acknowledgement timeout for a
 * committer is answered 503 without being sent.
 */
final class SubmissionGroups implements AutoCloseable {

    /** One HTTP call's reports (or a person's one report), in order. */
    record Call(SubmissionSource source, List<ReportSubmission> reports, long queuedAt,
            CompletableFuture<List<IntakeOutcome>> answer) {
    }

    private final LinkedBlockingQueue<Call> waiting = new LinkedBlockingQueue<>();
    private final Function<List<Call>, List<List<IntakeOutcome>>> commit;
    private final Predicate<RuntimeException> causedByOneCall;
    private final IntakeProperties properties;
    private final List<Thread> committers = new ArrayList<>();
    private volatile boolean closing;

    /**
     * @param commit          commits a group in order, answering each call's outcomes, or throws
     * @param causedByOneCall whether a group's failure may come from one call's data (each call
     *                        is then retried alone) rather than from the log or the database
     */
    SubmissionGroups(Function<List<Call>, List<List<IntakeOutcome>>> commit, Predicate<RuntimeException> causedByOneCall,
            IntakeProperties properties) {
        this.commit = commit;
        this.causedByOneCall = causedByOneCall;
        this.properties = properties;
        if (properties.transactions() < 1 || properties.groupReports() < 1) {
            throw new IllegalArgumentException("vigie.intake.transactions and vigie.intake.group-reports must be at least 1");
        }
        for (int i = 0; i < properties.transactions(); i++) {
            committers.add(Thread.ofVirtual().name("intake-committer-" + i).start(this::commitWhatWaits));
        }
    }

    /** Returns when the reports are on the log; throws (503) when they are not. */
    List<IntakeOutcome> submit(SubmissionSource source, List<ReportSubmission> reports) {
        if (closing) {
            throw new IntakeUnavailableException(new IllegalStateException("intake is stopping"));
        }
        var call = new Call(source, reports, System.nanoTime(), new CompletableFuture<>());
        waiting.add(call);
        if (closing && waiting.remove(call)) {
            // closed meanwhile, and no committer took it: nobody would answer it
            throw new IntakeUnavailableException(new IllegalStateException("intake is stopping"));
        }
        try {
            // No timeout here: the group enforces the acknowledgement timeout, and answering 503
            // while the group may still commit would tell a submitter a kept report was lost.
            return call.answer().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IntakeUnavailableException(e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IntakeUnavailableException unavailable) {
                throw new IntakeUnavailableException(unavailable.getCause());
            }
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IntakeUnavailableException(e.getCause());
        }
    }

    /** Calls waiting for a committer. */
    int waiting() {
        return waiting.size();
    }

    private void commitWhatWaits() {
        Call carried = null;
        try {
            while (!Thread.currentThread().isInterrupted()) {
                Call first = carried;
                carried = null;
                if (first == null) {
                    try {
                        first = waiting.poll(200, TimeUnit.MILLISECONDS);
                    } catch (InterruptedException e) {
                        return; // closed: close() answers what still waits
                    }
                    if (first == null) {
                        if (closing) {
                            return;
                        }
                        continue;
                    }
                }
                var group = new ArrayList<Call>();
                int reports = 0;
                for (Call next = first; next != null; next = waiting.poll()) {
                    if (System.nanoTime() - next.queuedAt() > properties.acknowledgementTimeout().toNanos()) {
                        next.answer().completeExceptionally(
                                new IntakeUnavailableException(new IllegalStateException("no intake committer free in time")));
                        continue;
                    }
                    if (!group.isEmpty() && reports + next.reports().size() > properties.groupReports()) {
                        carried = next;
                        break;
                    }
                    group.add(next);
                    reports += next.reports().size();
                }
                if (!group.isEmpty()) {
                    commitGroup(group);
                }
            }
        } finally {
            if (carried != null) {
                carried.answer().completeExceptionally(new IntakeUnavailableException(new IllegalStateException("intake is stopping")));
            }
        }
    }

    private void commitGroup(List<Call> group) {
        try {
            var outcomes = commit.apply(group);
            for (int i = 0; i < group.size(); i++) {
                group.get(i).answer().complete(outcomes.get(i));
            }
        } catch (RuntimeException e) {
            if (group.size() > 1 && causedByOneCall.test(e)) {
                group.forEach(call -> commitGroup(List.of(call)));
            } else {
                group.forEach(call -> call.answer().completeExceptionally(e));
            }
        } catch (Error e) {
            group.forEach(call -> call.answer().completeExceptionally(e));
            throw e;
        }
    }

    /**
     * Stops taking calls, lets the committers finish the groups they hold and what already waits
     * (the web server has drained its requests before beans are destroyed), then answers 503 to
     * anything left.
     */
    @Override
    public void close() {
        closing = true;
        long deadline = System.nanoTime() + properties.acknowledgementTimeout().toNanos();
        for (var committer : committers) {
            try {
                committer.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        committers.forEach(Thread::interrupt);
        Call left;
        while ((left = waiting.poll()) != null) {
            left.answer().completeExceptionally(new IntakeUnavailableException(new IllegalStateException("intake is stopping")));
        }
    }
}
