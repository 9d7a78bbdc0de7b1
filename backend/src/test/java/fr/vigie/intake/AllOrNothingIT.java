package fr.vigie.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

import fr.vigie.support.EmbeddedServersTest;
import fr.vigie.support.IntakeTopic;
import fr.vigie.support.SyntheticReports;

/**
 * "All or nothing" in the failure paths that used to leak: PostgreSQL failing at commit after
 * every Kafka send was acknowledged (the partner was told 503, yet the reports reached workers'
 * queues), and a Kafka commit that never happened (the status read-back said RECEIVED for a report
 * that was nowhere).
 */
class AllOrNothingIT extends EmbeddedServersTest {

    private static final String DOOMED = "fail-at-commit-";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    KafkaConnectionDetails kafka;

    @Autowired
    JsonMapper json;

    @Autowired
    MeterRegistry meters;

    @BeforeEach
    void failCommitsOfDoomedSubmissions() {
        // a deferred constraint trigger runs at COMMIT: after the sends, after the acknowledgements
        jdbc.sql("""
                create or replace function test_fail_at_commit() returns trigger language plpgsql as $$
                begin
                  if new.external_id like 'fail-at-commit-%' then
                    raise exception 'injected commit failure';
                  end if;
                  return new;
                end $$""").update();
        jdbc.sql("drop trigger if exists test_fail_at_commit on intake_submission").update();
        jdbc.sql("""
                create constraint trigger test_fail_at_commit after insert on intake_submission
                deferrable initially deferred for each row execute function test_fail_at_commit()""").update();
    }

    @AfterEach
    void dropTrigger() {
        jdbc.sql("drop trigger if exists test_fail_at_commit on intake_submission").update();
    }

    @Test
    void aBatchWhoseDatabaseCommitFailsLeavesNothingAnywhereAndItsRetrySucceeds() {
        var reports = new ArrayList<Map<String, Object>>();
        for (int i = 0; i < 5; i++) {
            reports.add(SyntheticReports.report(DOOMED + UUID.randomUUID(), "Annonce du lot qui échoue " + i));
        }
        long committedBefore = committedRecords();

        var failed = api().postAsPartner(PARTNER_KEY, "/api/v1/reports/batch", Map.of("reports", reports));

        assertThat(failed.status()).isEqualTo(503);
        assertThat(failed.contentType()).startsWith("application/problem+json");
        assertThat(failed.headers()).containsKey("retry-after");
        assertThat(committedRecords()).as("records processing can see").isEqualTo(committedBefore);
        for (var report : reports) {
            var status = api().getAsPartner(PARTNER_KEY, "/api/v1/reports?externalId=" + report.get("externalId"));
            assertThat(status.status()).as("status read-back of a report answered 503").isEqualTo(404);
        }
        // nothing reached the system of record either (processing runs all the while)
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).until(() -> reportsNamed(reports) == 0);

        dropTrigger();
        var retried = api().postAsPartner(PARTNER_KEY, "/api/v1/reports/batch", Map.of("reports", reports));
        assertThat(retried.status()).isEqualTo(200);
        assertThat(retried.body().get("results").valueStream().map(r -> r.get("outcome").asString()))
                .containsOnly("ACCEPTED");
        await().atMost(Duration.ofSeconds(30)).until(() -> reportsNamed(reports) == reports.size());
        assertThat(committedRecords()).isEqualTo(committedBefore + reports.size());
    }

    /**
     * Calls that arrive together are committed together (SubmissionGroups): the call whose commit
     * fails must fail alone, not the partners' calls that happened to share its group.
     */
    @Test
    void aCallWhoseCommitFailsFailsAloneAmongCallsCommittedBesideIt() throws Exception {
        var doomed = SyntheticReports.report(DOOMED + UUID.randomUUID(), "Annonce dont le commit échoue");
        var kept = new ArrayList<Map<String, Object>>();
        for (int i = 0; i < 24; i++) {
            kept.add(SyntheticReports.report(SyntheticReports.uniqueId("beside-doomed"), "Annonce envoyée en même temps " + i));
        }
        var groups = meters.summary("vigie.intake.group.calls");
        long groupsBefore = groups.count();
        double callsBefore = groups.totalAmount();
        long committedBefore = committedRecords();

        var start = new java.util.concurrent.CountDownLatch(1);
        try (var callers = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
            var doomedCall = callers.submit(() -> {
                start.await();
                return api().postAsPartner(PARTNER_KEY, "/api/v1/reports", doomed);
            });
            var keptCalls = kept.stream().map(report -> callers.submit(() -> {
                start.await();
                return api().postAsPartner(PARTNER_KEY, "/api/v1/reports", report);
            })).toList();
            start.countDown();

            assertThat(doomedCall.get().status()).isEqualTo(503);
            for (var call : keptCalls) {
                assertThat(call.get().status()).as("a call committed beside the failing one").isEqualTo(202);
                assertThat(call.get().body().get("outcome").asString()).isEqualTo("ACCEPTED");
            }
        }
        assertThat(groups.totalAmount() - callsBefore).as("calls arriving together were committed in fewer groups than calls")
                .isGreaterThan(groups.count() - groupsBefore);
        await().atMost(Duration.ofSeconds(30)).until(() -> reportsNamed(kept) == kept.size());
        assertThat(reportsNamed(List.of(doomed))).isZero();
        assertThat(api().getAsPartner(PARTNER_KEY, "/api/v1/reports?externalId=" + doomed.get("externalId")).status())
                .isEqualTo(404);
        assertThat(committedRecords()).as("each kept report on the log once").isEqualTo(committedBefore + kept.size());
    }

    @Test
    void aSubmissionWhoseKafkaCommitFailedIsUnknownToTheReadBackAndSentAgainByItsRetry() {
        var report = SyntheticReports.report(SyntheticReports.uniqueId("kafka-commit-lost"), "Annonce jamais arrivée");
        String externalId = (String) report.get("externalId");
        var first = api().postAsPartner(PARTNER_KEY, "/api/v1/reports", report);
        assertThat(first.status()).isEqualTo(202);
        UUID id = UUID.fromString(first.body().get("id").asString());
        await().atMost(Duration.ofSeconds(30)).until(() -> reports.deliveries(id) == 1);

        // The state a failed Kafka commit leaves: the row committed, marked never sent, no record.
        // Here the report was processed, so make it a new one that was not: another external id.
        var lost = SyntheticReports.report(SyntheticReports.uniqueId("kafka-commit-lost"), "Annonce jamais arrivée");
        String lostId = (String) lost.get("externalId");
        var source = jdbc.sql("select source from intake_submission where external_id = :e").param("e", externalId)
                .query(String.class).single();
        UUID lostReport = ReportIds.of(source, lostId);
        var hash = ContentHash.of(json, new SubmissionParser(Clock.systemUTC()).parse(json.valueToTree(lost), "").submission());
        jdbc.sql("""
                insert into intake_submission (source, external_id, report_id, content_hash, version, sent_version)
                values (:source, :externalId, :id, :hash, 1, 0)""")
                .param("source", source).param("externalId", lostId).param("id", lostReport).param("hash", hash).update();

        assertThat(api().getAsPartner(PARTNER_KEY, "/api/v1/reports?externalId=" + lostId).status())
                .as("read-back of a submission answered 503").isEqualTo(404);

        var retry = api().postAsPartner(PARTNER_KEY, "/api/v1/reports", lost);
        assertThat(retry.status()).isEqualTo(202);
        assertThat(retry.body().get("outcome").asString()).as("the retry sends it").isEqualTo("ACCEPTED");
        assertThat(retry.body().get("id").asString()).isEqualTo(lostReport.toString());
        await().atMost(Duration.ofSeconds(30)).until(() -> reports.deliveries(lostReport) == 1);
        assertThat(api().getAsPartner(PARTNER_KEY, "/api/v1/reports?externalId=" + lostId).status()).isEqualTo(200);

        var again = api().postAsPartner(PARTNER_KEY, "/api/v1/reports", lost);
        assertThat(again.body().get("outcome").asString()).isEqualTo("DUPLICATE");
    }

    private long reportsNamed(List<Map<String, Object>> submitted) {
        return jdbc.sql("select count(*) from report where external_id in (:ids)")
                .param("ids", submitted.stream().map(r -> r.get("externalId")).toList())
                .query(Long.class).single();
    }

    private long committedRecords() {
        return IntakeTopic.recordsWritten(String.join(",", kafka.getBootstrapServers()));
    }
}
