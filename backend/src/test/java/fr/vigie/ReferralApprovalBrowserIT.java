package fr.vigie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

import fr.vigie.identity.Role;
import fr.vigie.identity.UserAccounts;
import fr.vigie.partners.PartnerDirectory;
import fr.vigie.support.BrowserScript;
import fr.vigie.support.EmbeddedServersTest;
import fr.vigie.support.SyntheticReports;
import fr.vigie.support.VigieApi;
import fr.vigie.support.WebhookReceiver;

/**
 * The story of issue 17 in a real browser: a worker records a police referral on a partner's
 * report, a second coordinator approves it, and the partner's webhook receiver gets the outcome,
 * signed — and nothing that says « actioned » before the approval. Runs
 * {@code frontend/e2e/referral-approval.e2e.mjs}.
 */
class ReferralApprovalBrowserIT extends EmbeddedServersTest {

    @Autowired
    UserAccounts accounts;

    @Autowired
    PartnerDirectory partners;

    @Test
    void aPoliceReferralApprovedByASecondCoordinatorReachesThePartnersReceiver() throws Exception {
        BrowserScript.assumeBrowser();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String worker = "ines-" + suffix;
        String coordinator = "noor-" + suffix;
        String password = "mot-de-passe-e2e-" + suffix;
        accounts.create(worker, password, EnumSet.of(Role.WORKER));
        accounts.create(coordinator, password, EnumSet.of(Role.COORDINATOR));

        try (var receiver = WebhookReceiver.start()) {
            var partner = partners.create("partenaire-e2e-" + suffix);
            String key = "key-" + UUID.randomUUID();
            partners.addKey(partner.id(), key);
            var admin = VigieApi.at(port);
            assertThat(admin.login("admin", ADMIN_PASSWORD).status()).isEqualTo(200);
            String secret = admin.put("/api/v1/admin/partners/" + partner.id() + "/webhook", Map.of("url", receiver.url()))
                    .body().get("secret").asString();
            UUID id = bench().processed(key, SyntheticReports.uniqueId("e2e-4yeux"),
                    "Lycéenne de 16 ans, dispo ce soir à l’hôtel. Test de bout en bout " + suffix);

            String log = BrowserScript.of("referral-approval.e2e.mjs")
                    .with("BASE_URL", "http://127.0.0.1:" + port)
                    .with("REPORT_ID", id.toString())
                    .with("WORKER_USERNAME", worker).with("WORKER_PASSWORD", password)
                    .with("COORDINATOR_USERNAME", coordinator).with("COORDINATOR_PASSWORD", password)
                    .runsSuccessfully();
            assertThat(log).contains("OK: the worker recorded a police referral; it waits for a second approval")
                    .contains("OK: a second coordinator approved it");

            var json = JsonMapper.builder().build();
            await().atMost(Duration.ofSeconds(20)).until(() -> receiver.received().stream()
                    .anyMatch(r -> r.body().contains("\"ACTIONED\"")));
            var bodies = receiver.received().stream().map(r -> json.readTree(r.body())).toList();
            var actioned = bodies.stream().filter(b -> b.get("status").asString().equals("ACTIONED")).findFirst().orElseThrow();
            assertThat(actioned.get("outcome").asString()).isEqualTo("REFERRAL");
            assertThat(actioned.get("id").asString()).isEqualTo(id.toString());
            assertThat(bodies.subList(0, bodies.indexOf(actioned))).as("before the approval: in review, no outcome")
                    .allSatisfy(b -> {
                        assertThat(b.get("status").asString()).isEqualTo("IN_REVIEW");
                        assertThat(b.get("outcome").isNull()).isTrue();
                    });
            receiver.received().forEach(r -> WebhookReceiver.verify(r, secret));
            assertThat(receiver.received().toString()).doesNotContain(worker, coordinator, "hôtel");
        }
    }
}
