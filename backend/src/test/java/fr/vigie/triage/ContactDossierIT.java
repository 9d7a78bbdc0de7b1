package fr.vigie.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.vigie.audit.Audit;
import fr.vigie.audit.AuditQuery;
import fr.vigie.identity.Role;
import fr.vigie.support.EmbeddedServersTest;
import fr.vigie.support.ProblemAssertions;
import fr.vigie.support.SyntheticReports;
import fr.vigie.support.VigieApi;

/** A contact in any writing, its dossier and the team's notes about it. */
class ContactDossierIT extends EmbeddedServersTest {

    @Autowired
    Audit audit;

    @Test
    void aPhoneInAnyWritingOpensTheSameDossier() {
        int a = ThreadLocalRandom.current().nextInt(100);
        int b = ThreadLocalRandom.current().nextInt(100);
        String phone = "06 39 98 %02d %02d".formatted(a, b);
        String e164 = "+33639 98%02d%02d".formatted(a, b).replace(" ", "");
        String handle = "exemple_" + UUID.randomUUID().toString().substring(0, 8);
        var first = SyntheticReports.report(SyntheticReports.uniqueId("dossier"), "Annonce de massage, appeler le " + phone);
        first.put("contacts", List.of("@" + handle));
        var second = SyntheticReports.report(SyntheticReports.uniqueId("dossier"), "Autre annonce, contact " + phone);
        second.put("location", Map.of("city", "Marseille", "postalCode", "13001", "department", "13"));
        second.put("platform", "SOCIAL_NETWORK");
        UUID firstId = processed(first);
        UUID secondId = processed(second);

        var w = worker();
        for (String writing : List.of(phone, phone.replace(" ", ""), "+33 6" + phone.substring(2), "0033" + phone.substring(1).replace(" ", ""),
                phone.replace(" ", "."), phone.replace(" ", "-"))) {
            var answer = w.get("/api/v1/contacts/" + path(writing) + "/reports");
            assertThat(answer.status()).as(writing).isEqualTo(200);
            assertThat(answer.body().get("contact").asString()).isEqualTo(e164);
            assertThat(answer.body().get("reports").valueStream().map(r -> r.get("id").asString()))
                    .as(writing).containsExactlyInAnyOrder(firstId.toString(), secondId.toString());
        }

        var dossier = w.get("/api/v1/contacts/" + path(phone.replace(" ", "."))).body();
        assertThat(dossier.get("display").asString()).isEqualTo(phone);
        assertThat(dossier.get("total").asInt()).isEqualTo(2);
        assertThat(dossier.get("departments").get("69").asLong()).isEqualTo(1);
        assertThat(dossier.get("departments").get("13").asLong()).isEqualTo(1);
        assertThat(dossier.get("platforms").get("SOCIAL_NETWORK").asLong()).isEqualTo(1);
        assertThat(dossier.get("firstSeen").isNull()).isFalse();
        assertThat(dossier.get("linkedContacts").valueStream().map(c -> c.get("display").asString())).contains("@" + handle);
        assertThat(dossier.get("timeline").size()).isPositive();

        var byHandle = w.get("/api/v1/contacts/" + handle.toUpperCase()).body();
        assertThat(byHandle.get("reports").valueStream().map(r -> r.get("id").asString())).containsExactly(firstId.toString());
        assertThat(byHandle.get("linkedContacts").valueStream().map(c -> c.get("contact").asString())).containsExactly(e164);

        var looked = audit.search(new AuditQuery(null, null, "CONTACT_LOOKED_UP", null, null, 200));
        assertThat(looked).anyMatch(e -> e.details().contains(e164) && e.details().contains("dossier")
                && e.details().contains(firstId.toString()));
    }

    @Test
    void notesAboutAContactAreKeptAndAudited() {
        String handle = "@Veille_" + UUID.randomUUID().toString().substring(0, 8);
        var w = worker();
        var added = w.post("/api/v1/contacts/" + handle + "/notes", Map.of("text", "Numéro déjà signalé à la plateforme"));
        assertThat(added.status()).isEqualTo(201);
        var id = added.body().get("id").asString();
        var dossier = w.get("/api/v1/contacts/" + handle.substring(1).toLowerCase()).body();
        assertThat(dossier.get("total").asInt()).isZero();
        assertThat(dossier.get("notes").valueStream().map(n -> n.get("text").asString()))
                .containsExactly("Numéro déjà signalé à la plateforme");
        assertThat(audit.search(new AuditQuery(null, null, "CONTACT_NOTE_ADDED", null, null, 100)))
                .anyMatch(e -> e.details().contains(id));

        var empty = w.post("/api/v1/contacts/" + handle + "/notes", Map.of("text", " "));
        ProblemAssertions.assertProblem(empty, 422, "text");
    }

    @Test
    void hostileContactsAreRefusedNamingTheField() {
        var w = worker();
        for (String hostile : List.of("06 39 98", "<script>", "x' or '1'='1", "+1 212 555 0100", "a".repeat(150))) {
            ProblemAssertions.assertProblem(w.get("/api/v1/contacts/" + path(hostile)), 400, "contact");
            ProblemAssertions.assertProblem(w.get("/api/v1/contacts/" + path(hostile) + "/reports"), 400, "contact");
            ProblemAssertions.assertProblem(w.post("/api/v1/contacts/" + path(hostile) + "/notes", Map.of("text", "x")), 400, "contact");
        }
    }

    private static String path(String contact) {
        return URLEncoder.encode(contact, StandardCharsets.UTF_8).replace("+", "%20").replace("%2B", "+");
    }

    private UUID processed(Map<String, Object> report) {
        var accepted = api().postAsPartner(PARTNER_KEY, "/api/v1/reports", report);
        assertThat(accepted.status()).isEqualTo(202);
        UUID id = UUID.fromString(accepted.body().get("id").asString());
        await().atMost(Duration.ofSeconds(30)).until(() -> reports.deliveries(id) == 1);
        return id;
    }

    private VigieApi worker() {
        return bench().person("dossier", Role.WORKER);
    }
}
