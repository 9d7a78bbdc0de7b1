package fr.vigie.partners;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fr.vigie.support.EmbeddedServersTest;
import fr.vigie.support.SyntheticReports;
import fr.vigie.support.VigieApi;

/** An administrator onboards a partner, hands over its key once, and can revoke it. */
class PartnerAdminIT extends EmbeddedServersTest {

    @Test
    void anAdministratorCreatesAPartnerWhoseKeyWorksUntilRevoked() {
        var admin = api();
        assertThat(admin.login("admin", ADMIN_PASSWORD).status()).isEqualTo(200);
        String name = "Association Exemple " + UUID.randomUUID().toString().substring(0, 8);

        var created = admin.post("/api/v1/admin/partners", Map.of("name", name, "requestsPerMinute", 120));
        assertThat(created.status()).isEqualTo(201);
        String key = created.body().get("apiKey").asString();
        String partnerId = created.body().get("partnerId").asString();
        String keyId = created.body().get("keyId").asString();
        assertThat(key).startsWith("vk_").hasSizeGreaterThan(40);
        assertThat(key).startsWith(created.body().get("prefix").asString());

        var accepted = api().postAsPartner(key, "/api/v1/reports", SyntheticReports.report(SyntheticReports.uniqueId("onboard"), "Premier envoi"));
        assertThat(accepted.status()).isEqualTo(202);

        var listed = admin.get("/api/v1/admin/partners");
        var partner = listed.body().valueStream().filter(p -> p.get("id").asString().equals(partnerId)).findFirst().orElseThrow();
        assertThat(partner.get("requestsPerMinute").asInt()).isEqualTo(120);
        var storedKey = partner.get("keys").get(0);
        assertThat(storedKey.get("lastUsedAt").isNull()).as("last use is shown").isFalse();
        assertThat(listed.body().toString()).as("no key is ever listed").doesNotContain(key);

        assertThat(admin.post("/api/v1/admin/partners", Map.of("name", name)).status()).isEqualTo(409);
        assertThat(admin.delete("/api/v1/admin/partners/" + partnerId + "/keys/" + keyId).status()).isEqualTo(204);
        assertThat(api().postAsPartner(key, "/api/v1/reports", SyntheticReports.report(SyntheticReports.uniqueId("revoked"), "Après révocation"))
                .status()).isEqualTo(401);

        var second = admin.post("/api/v1/admin/partners/" + partnerId + "/keys", Map.of());
        assertThat(second.status()).isEqualTo(201);
        assertThat(api().getAsPartner(second.body().get("apiKey").asString(), "/api/v1/reports?externalId=none").status())
                .isEqualTo(404);
    }

    @Test
    void onlyAdministratorsManagePartners() {
        var anonymous = VigieApi.at(port);
        assertThat(anonymous.get("/api/v1/admin/partners").status()).isEqualTo(401);
        assertThat(api().getAsPartner(PARTNER_KEY, "/api/v1/admin/partners").status()).as("not part of the partner API").isEqualTo(404);
        var admin = api();
        admin.login("admin", ADMIN_PASSWORD);
        assertThat(admin.post("/api/v1/admin/partners", Map.of("name", "")).status()).isEqualTo(422);
    }

    @Test
    void thePartnerApiIsDescribedInOpenApi() {
        var docs = api().get("/v3/api-docs/partner");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.body().get("paths").has("/api/v1/reports")).isTrue();
        assertThat(docs.body().get("paths").has("/api/v1/reports/batch")).isTrue();
        assertThat(docs.body().get("paths").has("/api/v1/reports/{id}/status")).isTrue();
        assertThat(api().getText("/swagger-ui/index.html")).contains("swagger");
    }
}
