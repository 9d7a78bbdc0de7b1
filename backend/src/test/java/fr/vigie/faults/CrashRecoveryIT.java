package fr.vigie.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import fr.vigie.support.IntakeTopic;
import fr.vigie.support.VigieApi;

/**
 * The first promise to a partner, tried the way machines break it: a report answered as kept is
 * kept, exactly once, whatever kills Vigie. Runs the jar this build made, in its own process, on
 * its embedded servers; counts what the partners were told and what is in PostgreSQL after.
 */
@Tag("faults")
class CrashRecoveryIT {

    private VigieProcess vigie;

    @AfterEach
    void leaveNothingRunning() {
        if (vigie != null) {
            vigie.close();
        }
    }

    @Test
    void killingTheWholeProcessTreeDuringIntakeAndDuringADrainLosesAndDuplicatesNothing() throws Exception {
        Path dataDir = dataDir("kill");
        vigie = VigieProcess.start(dataDir, "1-first-start");
        var acknowledged = new HashSet<String>();

        // kill -9 while partners are sending, singly and in batches
        try (var load = PartnerLoad.start(vigie.port(), 4, 2, 50, "during-intake")) {
            await().atMost(Duration.ofMinutes(3)).until(() -> load.acknowledged().size() >= 1_000);
            vigie.killWholeTree();
            load.close();
            acknowledged.addAll(load.acknowledged());
            report("kill -9 during intake", load);
            assertThat(load.statuses()).as("answers before the kill").containsOnlyKeys(200, 202);
        }
        assertThat(vigie.postgresRunning()).as("the embedded PostgreSQL died with the tree").isFalse();

        vigie = VigieProcess.start(dataDir, "2-after-kill-during-intake"); // the first restart must work
        vigie.awaitDrained(Duration.ofMinutes(5));
        assertKeptExactlyOnce(acknowledged);

        // a backlog, every report of it acknowledged, then kill -9 while processing drains it
        // the load goes on until a backlog stands (on a loaded machine processing may keep pace with 3,000 for a while)
        try (var load = PartnerLoad.start(vigie.port(), 0, 2, 250, "backlog")) {
            await().atMost(Duration.ofMinutes(4)).until(() -> load.acknowledged().size() >= 3_000
                    && vigie.intakeLag().filter(lag -> lag > 500).isPresent());
            load.close();
            acknowledged.addAll(load.acknowledged());
            report("backlog before kill -9 during the drain", load);
        }
        await().atMost(Duration.ofMinutes(1)).until(() -> vigie.intakeLag().filter(lag -> lag > 0).isPresent());
        System.out.printf("[faults] kill -9 during the drain with %s reports waiting%n", vigie.intakeLag().orElse(-1.0));
        vigie.killWholeTree();

        vigie = VigieProcess.start(dataDir, "3-after-kill-during-drain");
        vigie.awaitDrained(Duration.ofMinutes(5));
        assertKeptExactlyOnce(acknowledged);
        assertThat(IntakeTopic.committedRecords(vigie.kafkaBootstrap(), "vigie.reports.submitted.dlt"))
                .as("nothing dead-lettered").isZero();

        // kill -9 of the JVM alone leaves its PostgreSQL running: the next start stops it and goes on
        vigie.killJvmOnly();
        assertThat(vigie.postgresRunning()).as("an orphaned PostgreSQL holds the data directory").isTrue();
        vigie = VigieProcess.start(dataDir, "4-after-kill-of-the-jvm-alone");
        assertThat(vigie.logText()).contains("left running by a Vigie that did not shut down");
        assertKeptExactlyOnce(acknowledged);
    }

    @Test
    void sigtermUnderLoadAnswersHonestlyStopsInOrderAndKeepsEverythingAcknowledged() throws Exception {
        Path dataDir = dataDir("sigterm");
        vigie = VigieProcess.start(dataDir, "1-first-start");
        Set<String> acknowledged;
        Map<Integer, Long> statuses;
        try (var load = PartnerLoad.start(vigie.port(), 4, 1, 50, "sigterm")) {
            await().atMost(Duration.ofMinutes(3)).until(() -> load.acknowledged().size() >= 500);
            int exit = vigie.terminate(Duration.ofSeconds(90));
            load.close();
            acknowledged = load.acknowledged();
            statuses = load.statuses();
            report("SIGTERM during intake", load);
            assertThat(exit).as("exit code after SIGTERM").isIn(0, 143);
            if (statuses.containsKey(503)) {
                assertThat(load.exampleBody(503)).contains("\"status\":503");
            }
        }
        assertThat(statuses).as("a partner is never told its key is wrong, nor gets a server error")
                .doesNotContainKeys(401, 403, 500);
        assertThat(statuses.keySet()).containsAnyOf(200, 202).isSubsetOf(200, 202, 503);
        assertThat(vigie.postgresRunning()).as("PostgreSQL stopped with the application").isFalse();

        String log = vigie.logText();
        String shutdown = log.substring(log.indexOf("Commencing graceful shutdown"));
        assertThat(shutdown).as("no stack trace while stopping (closed connections, closed pools)")
                .doesNotContain("\tat ").doesNotContain(" ERROR ");
        assertThat(shutdown.indexOf("Stopping embedded Kafka")).as("the broker stops after the web server drained")
                .isPositive();
        assertThat(shutdown.indexOf("Stopping embedded PostgreSQL")).as("PostgreSQL stops last")
                .isGreaterThan(shutdown.indexOf("Stopping embedded Kafka"))
                .isGreaterThan(shutdown.indexOf("Stopping embedded Elasticsearch"));

        vigie = VigieProcess.start(dataDir, "2-after-sigterm");
        vigie.awaitDrained(Duration.ofMinutes(5));
        assertKeptExactlyOnce(acknowledged);
    }

    /** Every acknowledged external id is one report in PostgreSQL, and its partner can read it back. */
    private void assertKeptExactlyOnce(Set<String> acknowledged) throws SQLException {
        assertThat(acknowledged).isNotEmpty();
        var counts = new HashMap<String, Integer>();
        try (var db = vigie.database();
                var query = db.prepareStatement(
                        "select external_id, count(*) from report where external_id = any(?) group by external_id")) {
            query.setArray(1, db.createArrayOf("text", acknowledged.toArray()));
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    counts.put(rows.getString(1), rows.getInt(2));
                }
            }
        }
        var lost = new HashSet<>(acknowledged);
        lost.removeAll(counts.keySet());
        assertThat(lost).as("acknowledged, then lost (%d acknowledged)", acknowledged.size()).isEmpty();
        assertThat(counts.values()).as("one report per acknowledged external id").containsOnly(1);
        System.out.printf("[faults] %d acknowledged, %d reports found for them%n", acknowledged.size(), counts.size());

        var partner = VigieApi.at(vigie.port());
        acknowledged.stream().limit(25).forEach(externalId ->
                assertThat(partner.getAsPartner(VigieProcess.PARTNER_KEY, "/api/v1/reports?externalId=" + externalId)
                        .status()).as("status read-back of %s", externalId).isEqualTo(200));
    }

    private static void report(String phase, PartnerLoad load) {
        System.out.printf("[faults] %s: %d acknowledged, answers %s, %d calls unanswered%n", phase,
                load.acknowledged().size(), load.statuses(), load.unanswered());
    }

    private static Path dataDir(String name) throws java.io.IOException {
        return Files.createTempDirectory(Files.createDirectories(Path.of("target", "fault-data")), name + "-")
                .toAbsolutePath();
    }
}
