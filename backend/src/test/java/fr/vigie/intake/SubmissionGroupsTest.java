package fr.vigie.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * How waiting calls are grouped and answered, with a stand-in for the two commits (the commits
 * themselves are tested against the real servers in AllOrNothingIT, KafkaDownIT, CrashRecoveryIT).
 */
@Timeout(30)
class SubmissionGroupsTest {

    private static final SubmissionSource SOURCE = SubmissionSource.person("test");

    @Test
    void callsArrivingWhileTheCommitterIsBusyAreCommittedTogetherAndEachGetsItsOwnOutcomes() throws Exception {
        var groups = new ArrayList<Integer>();
        var firstHeld = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        try (var intake = new SubmissionGroups(group -> {
            synchronized (groups) {
                groups.add(group.size());
            }
            if (group.size() == 1 && group.getFirst().reports().getFirst().externalId().equals("first")) {
                firstHeld.countDown();
                await(release);
            }
            return group.stream().map(call -> call.reports().stream().map(SubmissionGroupsTest::accepted).toList()).toList();
        }, failure -> false, properties(1, Duration.ofSeconds(10)));
                var callers = Executors.newVirtualThreadPerTaskExecutor()) {
            var first = callers.submit(() -> intake.submit(SOURCE, List.of(report("first"))));
            firstHeld.await(5, TimeUnit.SECONDS);
            var waiting = new ArrayList<Future<List<IntakeOutcome>>>();
            for (int i = 0; i < 10; i++) {
                String id = "waiting-" + i;
                waiting.add(callers.submit(() -> intake.submit(SOURCE, List.of(report(id), report(id + "-bis")))));
            }
            while (waitingCalls(intake) < 10) {
                Thread.sleep(5);
            }
            release.countDown();

            assertThat(first.get().getFirst().id()).isEqualTo(id("first"));
            for (int i = 0; i < 10; i++) {
                assertThat(waiting.get(i).get()).extracting(IntakeOutcome::id)
                        .containsExactly(id("waiting-" + i), id("waiting-" + i + "-bis"));
            }
        }
        assertThat(groups).containsExactly(1, 10);
    }

    @Test
    void aFailureOneCallMayHaveCausedIsRetriedCallByCallSoOnlyThatCallFails() throws Exception {
        var release = new CountDownLatch(1);
        var holding = new CountDownLatch(1);
        try (var intake = new SubmissionGroups(group -> {
            if (group.getFirst().reports().getFirst().externalId().equals("hold")) {
                holding.countDown();
                await(release);
            }
            if (group.stream().anyMatch(call -> call.reports().getFirst().externalId().equals("poison"))) {
                throw new IllegalStateException("refused");
            }
            return group.stream().map(call -> call.reports().stream().map(SubmissionGroupsTest::accepted).toList()).toList();
        }, failure -> failure instanceof IllegalStateException, properties(1, Duration.ofSeconds(10)));
                var callers = Executors.newVirtualThreadPerTaskExecutor()) {
            var hold = callers.submit(() -> intake.submit(SOURCE, List.of(report("hold"))));
            holding.await(10, TimeUnit.SECONDS); // the only committer is busy from here on
            var good = callers.submit(() -> intake.submit(SOURCE, List.of(report("good"))));
            var poison = callers.submit(() -> intake.submit(SOURCE, List.of(report("poison"))));
            while (waitingCalls(intake) < 2) {
                Thread.sleep(5);
            }
            release.countDown();

            assertThat(hold.get()).hasSize(1);
            assertThat(good.get()).extracting(IntakeOutcome::id).containsExactly(id("good"));
            assertThatThrownBy(poison::get).hasCauseInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void aFailureOfTheLogFailsTheWholeGroupWithoutRetryingEachCall() throws Exception {
        var commits = new java.util.concurrent.atomic.AtomicInteger();
        try (var intake = new SubmissionGroups(group -> {
            commits.incrementAndGet();
            throw new IntakeUnavailableException(new IllegalStateException("broker down"));
        }, failure -> false, properties(1, Duration.ofSeconds(10)))) {
            assertThatThrownBy(() -> intake.submit(SOURCE, List.of(report("a")))).isInstanceOf(IntakeUnavailableException.class);
            assertThat(commits).hasValue(1);
        }
    }

    @Test
    void aCallThatWaitedLongerThanTheAcknowledgementTimeoutIsAnswered503WithoutBeingCommitted() throws Exception {
        var release = new CountDownLatch(1);
        var committed = new ArrayList<String>();
        try (var intake = new SubmissionGroups(group -> {
            synchronized (committed) {
                group.forEach(call -> committed.add(call.reports().getFirst().externalId()));
            }
            await(release);
            return group.stream().map(call -> call.reports().stream().map(SubmissionGroupsTest::accepted).toList()).toList();
        }, failure -> false, properties(1, Duration.ofMillis(200)));
                var callers = Executors.newVirtualThreadPerTaskExecutor()) {
            var first = callers.submit(() -> intake.submit(SOURCE, List.of(report("first"))));
            while (committed.isEmpty()) {
                Thread.sleep(5);
            }
            var late = callers.submit(() -> intake.submit(SOURCE, List.of(report("late"))));
            Thread.sleep(400);
            release.countDown();

            assertThat(first.get()).hasSize(1);
            assertThatThrownBy(late::get).hasCauseInstanceOf(IntakeUnavailableException.class);
            assertThat(committed).containsExactly("first");
        }
    }

    @Test
    void closingAnswersEveryWaitingCallAndRefusesNewOnes() throws Exception {
        var never = new CountDownLatch(1);
        var holding = new CountDownLatch(1);
        var intake = new SubmissionGroups(group -> {
            holding.countDown();
            await(never);
            throw new IntakeUnavailableException(new IllegalStateException("interrupted"));
        }, failure -> false, properties(1, Duration.ofMillis(300)));
        try (var callers = Executors.newVirtualThreadPerTaskExecutor()) {
            var held = callers.submit(() -> intake.submit(SOURCE, List.of(report("held"))));
            holding.await(10, TimeUnit.SECONDS); // the only committer holds "held": the next call waits
            var queued = callers.submit(() -> intake.submit(SOURCE, List.of(report("queued"))));
            while (waitingCalls(intake) < 1) {
                Thread.sleep(5);
            }
            intake.close();

            assertThatThrownBy(held::get).hasCauseInstanceOf(IntakeUnavailableException.class);
            assertThatThrownBy(queued::get).hasCauseInstanceOf(IntakeUnavailableException.class);
            assertThatThrownBy(() -> intake.submit(SOURCE, List.of(report("after")))).isInstanceOf(IntakeUnavailableException.class);
        }
    }

    private static int waitingCalls(SubmissionGroups intake) {
        return intake.waiting();
    }

    private static IntakeProperties properties(int committers, Duration acknowledgementTimeout) {
        return new IntakeProperties(acknowledgementTimeout, committers, Duration.ofSeconds(15), 1000);
    }

    private static ReportSubmission report(String externalId) {
        return new ReportSubmission(externalId, Platform.values()[0], null, null, "Texte " + externalId, Instant.now(), null,
                List.of(), null, null);
    }

    private static IntakeOutcome accepted(ReportSubmission report) {
        return new IntakeOutcome(id(report.externalId()), IntakeOutcome.Kind.ACCEPTED, 1);
    }

    private static UUID id(String externalId) {
        return ReportIds.of("test", externalId);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IntakeUnavailableException(e);
        }
    }
}
