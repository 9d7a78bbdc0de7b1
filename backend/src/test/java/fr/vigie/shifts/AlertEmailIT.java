package fr.vigie.shifts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import fr.vigie.identity.Role;
import fr.vigie.support.QuickAlertsApplication;
import fr.vigie.support.SyntheticReports;
import fr.vigie.triage.ReportRegistry;

/**
 * Alerts that reach a person who is not looking: a P1 nobody takes within its (seconds) threshold
 * is e-mailed by itself to the coordinator on duty, through a real SMTP server, with no report
 * content; a worker who reaches her exposure budget is told, and so is her coordinator.
 */
@ExtendWith(QuickAlertsApplication.class)
class AlertEmailIT {

    @Test
    void anUnclaimedP1IsEmailedToTheCoordinatorOnDutyAndToNobodyElse(QuickAlertsApplication.Running app) throws Exception {
        String onDuty = app.person("garde", Role.COORDINATOR);
        String offDuty = app.person("repos", Role.COORDINATOR);
        var coordinator = app.signedIn(onDuty);
        var resting = app.signedIn(offDuty);
        assertThat(coordinator.put("/api/v1/queue/alerts/settings", Map.of("email", onDuty + "@example.org")).status()).isEqualTo(200);
        assertThat(resting.put("/api/v1/queue/alerts/settings", Map.of("email", offDuty + "@example.org")).status()).isEqualTo(200);
        String duty = plan(app, onDuty, "COORDINATOR_ON_DUTY", List.of("13"));

        String handle = "@exemple_" + UUID.randomUUID().toString().substring(0, 8);
        var report = SyntheticReports.report(SyntheticReports.uniqueId("courriel"), "Lycéenne de 16 ans, dispo ce soir à Marseille");
        report.put("location", Map.of("city", "Marseille", "department", "13"));
        report.put("contacts", List.of(handle));
        var accepted = app.api().postAsPartner(QuickAlertsApplication.PARTNER_KEY, "/api/v1/reports", report);
        UUID id = UUID.fromString(accepted.body().get("id").asString());
        var registry = app.context().getBean(ReportRegistry.class);
        await().atMost(Duration.ofSeconds(30)).until(() -> registry.deliveries(id) == 1);

        await().atMost(Duration.ofSeconds(QuickAlertsApplication.P1_THRESHOLD_SECONDS + 30))
                .until(() -> !app.mailTo(onDuty + "@example.org").isEmpty());
        var message = app.mailTo(onDuty + "@example.org").stream()
                .findFirst().orElseThrow();
        assertThat(message.getSubject()).contains("P1", "13");
        String body = message.getContent().toString();
        assertThat(body).contains("https://vigie.example.org/signalements/" + id, "Département : 13", "petites annonces");
        assertThat(body + message.getSubject()).as("no report content in an e-mail")
                .doesNotContain("Lycéenne", "Marseille", handle, "16 ans");
        assertThat(Arrays.stream(app.mail().getReceivedMessages()).map(QuickAlertsApplication.Running::recipient))
                .as("the coordinator off duty is not disturbed").doesNotContain(offDuty + "@example.org");

        // acknowledged: it stays in the workbench with who acknowledged it, and is not e-mailed again
        var alert = coordinator.get("/api/v1/queue/alerts").body().get("items").valueStream()
                .filter(a -> id.toString().equals(a.get("reportId").asString(null))).findFirst().orElseThrow();
        assertThat(coordinator.post("/api/v1/queue/alerts/" + alert.get("id").asString() + "/acknowledgement", Map.of())
                .status()).isEqualTo(200);
        int sent = app.mail().getReceivedMessages().length;
        Thread.sleep(2_500);
        assertThat(app.mail().getReceivedMessages()).hasSize(sent);
        app.signedIn("admin", QuickAlertsApplication.ADMIN_PASSWORD).delete("/api/v1/shifts/" + duty);
        closeReport(app, id);
    }

    @Test
    void aWorkerWhoReachesHerExposureBudgetIsWarnedAndSoIsHerCoordinator(QuickAlertsApplication.Running app) {
        String workerName = app.person("exposee", Role.WORKER);
        String onDuty = app.person("veille", Role.COORDINATOR);
        String shift = plan(app, workerName, "WORKER", List.of("2A"));
        String duty = plan(app, onDuty, "COORDINATOR_ON_DUTY", List.of("2A"));
        var worker = app.signedIn(workerName);
        var registry = app.context().getBean(ReportRegistry.class);
        for (int i = 0; i < QuickAlertsApplication.EXPOSURE_BUDGET; i++) {
            var report = SyntheticReports.report(SyntheticReports.uniqueId("exposition"), "Annonce d'Ajaccio numéro " + i);
            report.put("location", Map.of("department", "2A"));
            UUID id = UUID.fromString(app.api().postAsPartner(QuickAlertsApplication.PARTNER_KEY, "/api/v1/reports", report)
                    .body().get("id").asString());
            await().atMost(Duration.ofSeconds(30)).until(() -> registry.deliveries(id) == 1);
            var before = worker.get("/api/v1/shifts/now").body().get("exposure");
            assertThat(before.get("reportsRead").asInt()).isEqualTo(i);
            worker.get("/api/v1/reports/" + id);
            worker.get("/api/v1/reports/" + id);
        }
        var exposure = worker.get("/api/v1/shifts/now").body().get("exposure");
        assertThat(exposure.get("reportsRead").asInt()).as("each report counted once").isEqualTo(QuickAlertsApplication.EXPOSURE_BUDGET);
        assertThat(exposure.get("budget").asInt()).isEqualTo(QuickAlertsApplication.EXPOSURE_BUDGET);
        assertThat(exposure.get("remaining").asInt()).isZero();

        var coordinator = app.signedIn(onDuty);
        await().atMost(Duration.ofSeconds(10)).until(() -> coordinator.get("/api/v1/queue/alerts").body().get("items").valueStream()
                .anyMatch(a -> a.get("kind").asString().equals("EXPOSURE") && a.get("worker").asString().equals(workerName)));
        var admin = app.signedIn("admin", QuickAlertsApplication.ADMIN_PASSWORD);
        admin.delete("/api/v1/shifts/" + shift);
        admin.delete("/api/v1/shifts/" + duty);
    }

    private static String plan(QuickAlertsApplication.Running app, String username, String kind, List<String> departments) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        var planned = app.signedIn("admin", QuickAlertsApplication.ADMIN_PASSWORD).post("/api/v1/shifts", ShiftsIT.shift(username,
                now.minus(Duration.ofMinutes(5)), now.plus(Duration.ofHours(1)), kind, List.of(), departments));
        assertThat(planned.status()).isEqualTo(201);
        return planned.body().get("id").asString();
    }

    private static void closeReport(QuickAlertsApplication.Running app, UUID id) {
        app.signedIn("admin", QuickAlertsApplication.ADMIN_PASSWORD).post("/api/v1/reports/" + id + "/decisions",
                Map.of("type", "REFERRAL", "channel", "CRIP", "urgency", "URGENT", "justification", "fin du test"));
    }
}
