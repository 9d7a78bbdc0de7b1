package fr.vigie.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import fr.vigie.identity.Role;
import fr.vigie.support.EmbeddedServersTest;
import fr.vigie.support.SyntheticReports;
import fr.vigie.support.Workbenches;

/** Four eyes: a police referral and a no-action on a P1 wait for a second coordinator (SPEC, "Second approval"). */
class SecondApprovalIT extends EmbeddedServersTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void aPoliceReferralWaitsTheAuthorCannotApproveItAndTheApprovalActionsTheReport() {
        UUID id = bench().processed(PARTNER_KEY, SyntheticReports.uniqueId("4yeux"), "Annonce à transmettre à la police");
        var worker = bench().person("signalante", Role.WORKER);
        var author = bench().person("coord-auteur", Role.COORDINATOR);
        var second = bench().person("coord-seconde", Role.COORDINATOR);

        var decided = Workbenches.decide(author, id, Workbenches.policeReferral());
        assertThat(decided.status()).isEqualTo(201);
        assertThat(decided.body().get("state").asString()).isEqualTo("PENDING_APPROVAL");
        String decisionId = decided.body().get("id").asString();
        assertThat(author.get("/api/v1/reports/" + id).body().get("status").asString()).isEqualTo("PENDING_APPROVAL");
        assertThat(partnerStatus(id).get("status").asString()).as("the partner sees no outcome yet").isEqualTo("IN_REVIEW");
        assertThat(partnerStatus(id).get("outcome").isNull()).isTrue();

        var pending = second.get("/api/v1/approvals").body().get("items");
        var item = find(pending, decisionId);
        assertThat(item.get("channel").asString()).isEqualTo("POLICE");
        assertThat(item.get("ownDecision").asBoolean()).isFalse();
        assertThat(find(author.get("/api/v1/approvals").body().get("items"), decisionId).get("ownDecision").asBoolean()).isTrue();
        assertThat(pending.toString()).as("codes, not content").doesNotContain("hôtel");
        assertThat(worker.get("/api/v1/approvals").status()).as("for coordinators").isEqualTo(403);

        String approval = "/api/v1/reports/" + id + "/decisions/" + decisionId + "/approval";
        assertThat(author.post(approval, Map.of("approve", true)).status()).as("the author cannot approve").isEqualTo(403);
        assertThat(worker.post(approval, Map.of("approve", true)).status()).as("a worker cannot approve").isEqualTo(403);
        assertThat(worker.post("/api/v1/reports/" + id + "/claim", Map.of()).status()).isEqualTo(200);
        assertThat(worker.post("/api/v1/reports/" + id + "/decisions", Map.of("type", "NO_ACTION", "reason", "OTHER",
                "comment", "autre")).status()).as("nothing else is decided meanwhile").isEqualTo(409);

        var approved = second.post(approval, Map.of("approve", true, "comment", "vu, d'accord"));
        assertThat(approved.status()).isEqualTo(201);
        assertThat(approved.body().get("kind").asString()).isEqualTo("APPROVAL");
        assertThat(second.post(approval, Map.of("approve", true)).status()).as("answered once").isEqualTo(409);

        var detail = second.get("/api/v1/reports/" + id).body();
        assertThat(detail.get("status").asString()).isEqualTo("ACTIONED");
        var history = detail.get("history");
        assertThat(kinds(history)).containsExactly("DECISION", "APPROVAL");
        assertThat(history.get(0).get("state").asString()).isEqualTo("APPROVED");
        assertThat(history.get(1).get("details").get("comment").asString()).isEqualTo("vu, d'accord");
        assertThat(partnerStatus(id).get("status").asString()).isEqualTo("ACTIONED");
        assertThat(partnerStatus(id).get("outcome").asString()).isEqualTo("REFERRAL");
        assertThat(find(second.get("/api/v1/approvals").body().get("items"), decisionId)).isNull();
        assertThat(jdbc.sql("select action from audit_log where report_id = :id and action like 'DECISION_%' order by seq")
                .param("id", id).query(String.class).list()).containsExactly("DECISION_APPROVED");
        assertThat(jdbc.sql("select details from audit_log where report_id = :id and action = 'REPORT_DECIDED'")
                .param("id", id).query(String.class).single()).contains("PENDING_APPROVAL");
    }

    @Test
    void aRejectedNoActionOnAP1LeavesTheReportInReviewAndNeverCounts() {
        UUID id = bench().processed(PARTNER_KEY, SyntheticReports.uniqueId("4yeux"), "Lycéenne de 16 ans, dispo ce soir " + UUID.randomUUID());
        assertThat(jdbc.sql("select priority from report where id = :id").param("id", id).query(String.class).single()).isEqualTo("P1");
        var worker = bench().person("fermeture", Role.WORKER);
        var coordinator = bench().person("coord-refus", Role.COORDINATOR);

        var decided = Workbenches.decide(worker, id, Map.of("type", "NO_ACTION", "reason", "ADULT_NO_RISK", "comment", "semble majeure"));
        assertThat(decided.body().get("state").asString()).isEqualTo("PENDING_APPROVAL");
        String approval = "/api/v1/reports/" + id + "/decisions/" + decided.body().get("id").asString() + "/approval";

        var missing = coordinator.post(approval, Map.of("approve", false));
        assertThat(missing.status()).as("a rejection says why").isEqualTo(422);
        assertThat(missing.body().get("errors").get(0).get("field").asString()).isEqualTo("comment");
        assertThat(coordinator.post(approval, Map.of("comment", "x")).body().get("errors").get(0).get("field").asString())
                .isEqualTo("approve");

        assertThat(coordinator.post(approval, Map.of("approve", false, "comment", "16 ans : on ne ferme pas")).status()).isEqualTo(201);
        var detail = coordinator.get("/api/v1/reports/" + id).body();
        assertThat(detail.get("status").asString()).as("back in the queue").isEqualTo("IN_REVIEW");
        assertThat(detail.get("history").get(0).get("state").asString()).isEqualTo("REJECTED");
        assertThat(partnerStatus(id).get("status").asString()).isEqualTo("IN_REVIEW");
        assertThat(partnerStatus(id).get("outcome").isNull()).as("a rejected decision is no outcome").isTrue();

        // another decision can now be taken, and a CRIP referral needs no second approval
        var crip = Workbenches.decide(worker, id, Map.of("type", "REFERRAL", "channel", "CRIP", "urgency", "URGENT",
                "justification", "information préoccupante"));
        assertThat(crip.body().get("state").asString()).isEqualTo("RECORDED");
        assertThat(partnerStatus(id).get("outcome").asString()).isEqualTo("REFERRAL");
    }

    @Test
    void approvingWhatNeedsNoApprovalOrAnUnknownDecisionIsRefused() {
        UUID id = bench().processed(PARTNER_KEY, SyntheticReports.uniqueId("4yeux"), "Annonce sans gravité");
        var worker = bench().person("simple", Role.WORKER);
        var coordinator = bench().person("coord-simple", Role.COORDINATOR);
        var decided = Workbenches.decide(worker, id, Map.of("type", "NO_ACTION", "reason", "OUT_OF_SCOPE", "comment", "hors champ"));
        assertThat(decided.body().get("state").asString()).isEqualTo("RECORDED");
        assertThat(coordinator.post("/api/v1/reports/" + id + "/decisions/" + decided.body().get("id").asString() + "/approval",
                Map.of("approve", true)).status()).isEqualTo(409);
        assertThat(coordinator.post("/api/v1/reports/" + id + "/decisions/" + UUID.randomUUID() + "/approval",
                Map.of("approve", true)).status()).isEqualTo(404);
    }

    private JsonNode partnerStatus(UUID id) {
        var answer = api().getAsPartner(PARTNER_KEY, "/api/v1/reports/" + id + "/status");
        assertThat(answer.status()).isEqualTo(200);
        return answer.body();
    }

    private static JsonNode find(JsonNode items, String decisionId) {
        return StreamSupport.stream(items.spliterator(), false).filter(i -> i.get("decisionId").asString().equals(decisionId))
                .findFirst().orElse(null);
    }

    private static java.util.List<String> kinds(JsonNode history) {
        return StreamSupport.stream(history.spliterator(), false).map(h -> h.get("kind").asString()).toList();
    }

}
