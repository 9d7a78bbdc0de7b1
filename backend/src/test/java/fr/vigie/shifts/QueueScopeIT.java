package fr.vigie.shifts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.vigie.identity.Role;
import fr.vigie.identity.UserAccounts;
import fr.vigie.support.EmbeddedServersTest;
import fr.vigie.support.ProblemAssertions;
import fr.vigie.support.QueuePages;
import fr.vigie.support.SyntheticReports;
import fr.vigie.support.TestUsers;

/** The queue follows the shift: a worker on shift sees her scope by default, widens it on demand; so does her live stream. */
class QueueScopeIT extends EmbeddedServersTest {

    @Autowired
    UserAccounts users;

    @Test
    void aWorkerOnShiftSeesHerDepartmentsAndWidensOnDemand() throws Exception {
        String name = TestUsers.ensure(users, "perimetre-" + People.suffix(), Role.WORKER);
        UUID inCorsica = report("2B", "Annonce vue à Bastia");
        UUID inLyon = report("69", "Annonce vue à Lyon");
        var worker = People.signedIn(api(), name);

        var offShift = worker.get("/api/v1/queue?limit=200").body();
        assertThat(offShift.get("scope").get("kind").asString()).as("off shift: the whole queue").isEqualTo("ALL");
        assertThat(QueuePages.ids(worker, "")).contains(inCorsica.toString(), inLyon.toString());

        var coordinator = People.admin(api());
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        var shift = coordinator.post("/api/v1/shifts", ShiftsIT.shift(name, now.minus(Duration.ofMinutes(30)),
                now.plus(Duration.ofHours(2)), "WORKER", List.of(), List.of("2B")));
        assertThat(shift.status()).isEqualTo(201);
        try (var stream = worker.events("/api/v1/queue/events")) {
            stream.awaitLine(line -> line.startsWith("event:ready"), Duration.ofSeconds(10));
            var onShift = worker.get("/api/v1/queue?limit=200").body();
            assertThat(onShift.get("scope").get("kind").asString()).isEqualTo("SHIFT");
            assertThat(onShift.get("scope").get("departments").get(0).asString()).isEqualTo("2B");
            assertThat(onShift.get("scope").get("shiftId").asString()).isEqualTo(shift.body().get("id").asString());
            assertThat(QueuePages.ids(worker, "")).contains(inCorsica.toString()).doesNotContain(inLyon.toString());
            assertThat(onShift.get("items").valueStream().map(i -> i.get("department").asString()).distinct())
                    .containsOnly("2B");
            long allP = offShift.get("counts").get("P4").asLong() + offShift.get("counts").get("P3").asLong();
            long scopedP = onShift.get("counts").get("P4").asLong() + onShift.get("counts").get("P3").asLong();
            assertThat(scopedP).as("counts follow the scope").isLessThan(allP);

            var widened = worker.get("/api/v1/queue?limit=200&scope=all").body();
            assertThat(widened.get("scope").get("kind").asString()).isEqualTo("ALL");
            assertThat(widened.get("scope").get("departments").get(0).asString()).as("her shift's scope still said").isEqualTo("2B");
            assertThat(QueuePages.ids(worker, "scope=all")).contains(inCorsica.toString(), inLyon.toString());
            ProblemAssertions.assertProblem(worker.get("/api/v1/queue?scope=partout"), 400, "scope");

            // the live stream: a report in Lyon is not announced to her, one in Bastia is
            UUID laterLyon = report("69", "Autre annonce à Lyon");
            UUID laterCorsica = report("2B", "Autre annonce à Bastia");
            stream.awaitLine(line -> line.startsWith("data:") && line.contains(laterCorsica.toString()), Duration.ofSeconds(30));
            assertThat(stream.lines()).noneMatch(line -> line.contains(laterLyon.toString()));
        } finally {
            coordinator.delete("/api/v1/shifts/" + shift.body().get("id").asString());
        }
        assertThat(worker.get("/api/v1/queue?limit=200").body().get("scope").get("kind").asString())
                .as("shift removed: the whole queue again").isEqualTo("ALL");
    }

    private UUID report(String department, String text) {
        var report = SyntheticReports.report(SyntheticReports.uniqueId("perimetre"), text + " " + People.suffix());
        report.put("location", Map.of("department", department));
        UUID id = UUID.fromString(api().postAsPartner(PARTNER_KEY, "/api/v1/reports", report).body().get("id").asString());
        await().atMost(Duration.ofSeconds(30)).until(() -> reports.deliveries(id) == 1);
        return id;
    }
}
