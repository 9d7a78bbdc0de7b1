package fr.vigie.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import fr.vigie.identity.Role;
import fr.vigie.partners.PartnerDirectory;
import fr.vigie.support.EmbeddedServersTest;
import fr.vigie.support.SyntheticReports;

/** What a partner reads back: status, outcome, shared notes; never a name, an internal note or another partner's data. */
class PartnerFeedbackIT extends EmbeddedServersTest {

    @Autowired
    PartnerDirectory partners;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theReadBackShowsTheOutcomeAndTheSharedNoteAndNeverAnInternalOneNorAName() {
        var bench = bench();
        String externalId = SyntheticReports.uniqueId("retour");
        UUID id = bench.processed(PARTNER_KEY, externalId, "Annonce suivie pour le partenaire");
        var worker = bench.person("travailleuse-nommee", Role.WORKER);
        assertThat(worker.post("/api/v1/reports/" + id + "/claim", Map.of()).status()).isEqualTo(200);
        worker.post("/api/v1/reports/" + id + "/notes", Map.of("text", "piste interne : même numéro qu'en mars", "shareable", false));
        worker.post("/api/v1/reports/" + id + "/notes", Map.of("text", "Merci : la jeune a été contactée, suivi en cours.",
                "shareable", true));
        assertThat(worker.post("/api/v1/reports/" + id + "/decisions", Map.of("type", "CONTACT", "channel", "SMS",
                "messageSummary", "présentation de l'association", "outcome", "REPLIED")).status()).isEqualTo(201);

        var status = api().getAsPartner(PARTNER_KEY, "/api/v1/reports/" + id + "/status");
        assertThat(status.status()).isEqualTo(200);
        var body = status.body();
        assertThat(body.get("status").asString()).isEqualTo("ACTIONED");
        assertThat(body.get("outcome").asString()).isEqualTo("CONTACT");
        assertThat(body.get("sharedNotes")).hasSize(1);
        assertThat(body.get("sharedNotes").get(0).get("text").asString()).isEqualTo("Merci : la jeune a été contactée, suivi en cours.");
        assertThat(body.get("sharedNotes").get(0).has("at")).isTrue();
        assertThat(body.toString()).as("no internal note, no worker's name, no decision details")
                .doesNotContain("piste interne", "travailleuse-nommee", "présentation de l'association", "author");
        assertThat(api().getAsPartner(PARTNER_KEY, "/api/v1/reports?externalId=" + externalId).body().get("sharedNotes")).hasSize(1);
        assertThat(jdbc.sql("select details from audit_log where report_id = :id and action = 'PARTNER_FEEDBACK_READ'")
                .param("id", id).query(String.class).list()).as("a read-back carrying notes is audited").isNotEmpty();

        // another partner reads nothing of it
        var other = partners.create("autre-" + UUID.randomUUID());
        String otherKey = issueKey(other.id());
        assertThat(api().getAsPartner(otherKey, "/api/v1/reports/" + id + "/status").status()).isEqualTo(404);
        assertThat(ids(api().getAsPartner(otherKey, "/api/v1/reports?updatedSince=2000-01-01T00:00:00Z").body().get("items")))
                .doesNotContain(id.toString());
    }

    @Test
    void reportsChangedSinceATimeComeOldestFirstPageByPage() {
        var bench = bench();
        var partner = partners.create("sondeur-" + UUID.randomUUID());
        String key = issueKey(partner.id());
        Instant before = Instant.now().minusSeconds(1);
        var worker = bench.person("sondage", Role.WORKER);
        var sent = new ArrayList<UUID>();
        for (int i = 0; i < 5; i++) {
            sent.add(bench.processed(key, SyntheticReports.uniqueId("sonde"), "Annonce numéro " + i + " " + UUID.randomUUID()));
        }
        // the first one changes last
        assertThat(worker.post("/api/v1/reports/" + sent.getFirst() + "/claim", Map.of()).status()).isEqualTo(200);

        var seen = new ArrayList<String>();
        var updatedAts = new ArrayList<Instant>();
        String next = null;
        int pages = 0;
        do {
            var page = api().getAsPartner(key, "/api/v1/reports?updatedSince=" + before + "&limit=2" + (next == null ? "" : "&after=" + next));
            assertThat(page.status()).isEqualTo(200);
            for (JsonNode item : page.body().get("items")) {
                seen.add(item.get("id").asString());
                updatedAts.add(Instant.parse(item.get("updatedAt").asString()));
                assertThat(item.has("externalId")).isTrue();
            }
            next = page.body().get("next").isNull() ? null : page.body().get("next").asString();
            pages++;
        } while (next != null && pages < 10);
        assertThat(seen).as("each once").containsExactlyInAnyOrderElementsOf(sent.stream().map(UUID::toString).toList());
        assertThat(seen.getLast()).as("the one that changed last comes last").isEqualTo(sent.getFirst().toString());
        assertThat(updatedAts).isSorted();
        assertThat(pages).isEqualTo(3);

        var later = api().getAsPartner(key, "/api/v1/reports?updatedSince=" + updatedAts.get(updatedAts.size() - 2));
        assertThat(ids(later.body().get("items"))).containsExactly(sent.getFirst().toString());
    }

    @Test
    void badParametersAreNamed() {
        assertField(api().getAsPartner(PARTNER_KEY, "/api/v1/reports?updatedSince=hier"), "updatedSince");
        assertField(api().getAsPartner(PARTNER_KEY, "/api/v1/reports?updatedSince=2026-01-01T00:00:00Z&after=n%27importe"), "after");
        assertField(api().getAsPartner(PARTNER_KEY, "/api/v1/reports?updatedSince=2026-01-01T00:00:00Z&limit=501"), "limit");
        assertField(api().getAsPartner(PARTNER_KEY, "/api/v1/reports"), "externalId");
        assertField(api().getAsPartner(PARTNER_KEY, "/api/v1/reports?externalId=a&updatedSince=2026-01-01T00:00:00Z"), "externalId");
    }

    private static void assertField(fr.vigie.support.VigieApi.Response response, String field) {
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body().get("errors").get(0).get("field").asString()).isEqualTo(field);
    }

    @Test
    void thePartnerOpenApiDescribesTheReadBackAndThePolling() {
        var docs = api().get("/v3/api-docs/partner").body();
        var list = docs.get("paths").get("/api/v1/reports").get("get");
        var parameters = StreamSupport.stream(list.get("parameters").spliterator(), false).map(p -> p.get("name").asString()).toList();
        assertThat(parameters).contains("externalId", "updatedSince", "after", "limit");
        assertThat(list.get("responses").propertyNames()).contains("200", "400", "401", "404", "429", "503");
        var status = docs.get("paths").get("/api/v1/reports/{id}/status").get("get");
        assertThat(status.get("responses").propertyNames()).contains("200", "401", "404", "429");
        var view = docs.get("components").get("schemas").get("ReportStatusView").get("properties");
        assertThat(view.propertyNames()).contains("outcome", "sharedNotes", "updatedAt");
        assertThat(docs.toString()).as("no author in what partners read").doesNotContain("\"author\"");
    }

    private static List<String> ids(JsonNode items) {
        return StreamSupport.stream(items.spliterator(), false).map(i -> i.get("id").asString()).toList();
    }

    /** A new API key for the partner, as an administrator would issue it. */
    private String issueKey(UUID partnerId) {
        String key = "key-" + UUID.randomUUID();
        partners.addKey(partnerId, key);
        return key;
    }
}
