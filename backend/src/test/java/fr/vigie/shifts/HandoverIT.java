package fr.vigie.shifts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import fr.vigie.identity.Role;
import fr.vigie.identity.UserAccounts;
import fr.vigie.support.EmbeddedServersTest;
import fr.vigie.support.ProblemAssertions;
import fr.vigie.support.SyntheticReports;

/** Ending a shift: claims released with a note for the next shift; follow-ups of a worker who is off seen by the team. */
class HandoverIT extends EmbeddedServersTest {

    @Autowired
    UserAccounts users;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aHandoverReleasesHerClaimsEndsHerShiftAndLeavesHerNoteToTheNextShift() {
        String name = People.create(users, "releve", Role.WORKER);
        var worker = People.signedIn(api(), name);
        var colleague = People.signedIn(api(), People.create(users, "suivante", Role.WORKER));
        String shift = plan(name, Instant.now().minus(Duration.ofHours(1)));
        UUID first = report("Première annonce tenue");
        UUID second = report("Deuxième annonce tenue");
        UUID followed = report("Annonce à relancer");
        worker.post("/api/v1/reports/" + first + "/claim", Map.of());
        worker.post("/api/v1/reports/" + second + "/claim", Map.of());
        worker.post("/api/v1/reports/" + followed + "/claim", Map.of());
        assertThat(worker.post("/api/v1/reports/" + followed + "/decisions", Map.of("type", "CONTACT", "channel", "SMS",
                "messageSummary", "message de présentation", "outcome", "NO_REPLY",
                "followUpDate", LocalDate.now(ZoneId.of("Europe/Paris")).toString())).status()).isEqualTo(201);
        assertThat(People.ids(colleague.get("/api/v1/queue?teamFollowUps=true&limit=200").body().get("items")))
                .as("she is on shift: her follow-ups are hers").doesNotContain(followed.toString());

        ProblemAssertions.assertProblem(worker.post("/api/v1/shifts/" + shift + "/handover", Map.of()), 422, "note");
        assertThat(colleague.post("/api/v1/shifts/" + shift + "/handover", Map.of("note", "pas le mien")).status())
                .as("someone else's shift").isEqualTo(403);
        var handover = worker.post("/api/v1/shifts/" + shift + "/handover",
                Map.of("note", "Deux annonces en cours, une relance due aujourd'hui"));
        assertThat(handover.status()).isEqualTo(200);
        assertThat(handover.body().get("released").valueStream().map(JsonNode::asString))
                .containsExactlyInAnyOrder(first.toString(), second.toString());
        assertThat(worker.get("/api/v1/reports/" + first).body().get("claim").isNull()).isTrue();
        assertThat(jdbc.sql("select reason from report_claim_history where report_id = :id").param("id", first)
                .query(String.class).list()).containsExactly("HANDOVER");
        assertThat(worker.post("/api/v1/shifts/" + shift + "/handover", Map.of("note", "encore")).status())
                .as("handed over already").isEqualTo(409);

        var now = colleague.get("/api/v1/shifts/now").body();
        var note = now.get("handovers").valueStream().filter(h -> h.get("shiftId").asString().equals(shift)).findFirst().orElseThrow();
        assertThat(note.get("note").asString()).isEqualTo("Deux annonces en cours, une relance due aujourd'hui");
        assertThat(note.get("released").asInt()).isEqualTo(2);
        assertThat(now.get("team").get("followUpsDue").get(name).asLong()).isEqualTo(1);
        assertThat(now.get("workers").valueStream().map(w -> w.get("username").asString())).as("she is off").doesNotContain(name);
        var team = colleague.get("/api/v1/queue?teamFollowUps=true&limit=200").body().get("items");
        var item = team.valueStream().filter(i -> i.get("id").asString().equals(followed.toString())).findFirst().orElseThrow();
        assertThat(item.get("followUpBy").asString()).isEqualTo(name);
    }

    @Test
    void aShiftThatHasNotBegunCannotBeHandedOver() {
        String name = People.create(users, "avance", Role.WORKER);
        String shift = plan(name, Instant.now().plus(Duration.ofDays(3)));
        assertThat(People.signedIn(api(), name).post("/api/v1/shifts/" + shift + "/handover", Map.of("note", "trop tôt")).status()).isEqualTo(409);
        assertThat(People.signedIn(api(), name).post("/api/v1/shifts/" + UUID.randomUUID() + "/handover", Map.of("note", "?")).status()).isEqualTo(404);
    }

    private String plan(String username, Instant start) {
        var admin = api();
        admin.login("admin", ADMIN_PASSWORD);
        var planned = admin.post("/api/v1/shifts", ShiftsIT.shift(username, start.truncatedTo(ChronoUnit.SECONDS),
                start.truncatedTo(ChronoUnit.SECONDS).plus(Duration.ofHours(3)), "WORKER", List.of(), List.of()));
        assertThat(planned.status()).isEqualTo(201);
        return planned.body().get("id").asString();
    }

    private UUID report(String text) {
        var report = SyntheticReports.report(SyntheticReports.uniqueId("releve"), text + " " + UUID.randomUUID());
        UUID id = UUID.fromString(api().postAsPartner(PARTNER_KEY, "/api/v1/reports", report).body().get("id").asString());
        await().atMost(Duration.ofSeconds(30)).until(() -> reports.deliveries(id) == 1);
        return id;
    }
}
