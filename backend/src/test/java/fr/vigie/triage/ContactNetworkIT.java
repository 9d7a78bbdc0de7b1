package fr.vigie.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import fr.vigie.audit.Audit;
import fr.vigie.audit.AuditQuery;
import fr.vigie.identity.Role;
import fr.vigie.support.EmbeddedServersTest;
import fr.vigie.support.ProblemAssertions;
import fr.vigie.support.VigieApi;

/**
 * The network view on a known graph, written straight into PostgreSQL (closed reports, so the
 * queue of other tests is untouched): a hub phone in 60 ads plus one report R0 that also shows
 * handle A; A is in R1 and R2; R1 also shows handle B (three steps from the hub: never drawn).
 */
class ContactNetworkIT extends EmbeddedServersTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Audit audit;

    @Test
    void aHubIsPagedWithItsTotalsAndTwoStepsAtMost() {
        String hub;
        do { // a number no earlier run of this database used
            hub = "+3363998%04d".formatted(ThreadLocalRandom.current().nextInt(10_000));
        } while (jdbc.sql("select count(*) from report_contact where contact = :c").param("c", hub).query(Long.class).single() > 0);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String a = "reseau_a_" + suffix;
        String b = "reseau_b_" + suffix;
        var hubReports = new ArrayList<UUID>();
        for (int i = 0; i < 60; i++) {
            hubReports.add(insert(i == 7 ? "P1" : "P3", "69", List.of(hub)));
        }
        UUID r0 = insert("P2", "69", List.of(hub, a));
        UUID r1 = insert("P3", "13", List.of(a, b));
        UUID r2 = insert("P4", "69", List.of(a));
        var w = worker();

        // the hub, 25 at a time: bounded pages, the right total, every report once
        var seen = new HashSet<String>();
        String after = null;
        int pages = 0;
        do {
            var page = w.get("/api/v1/contacts/" + hub + "/network?limit=25" + (after == null ? "" : "&after=" + after));
            assertThat(page.status()).isEqualTo(200);
            var reports = nodes(page.body(), "REPORT");
            assertThat(reports.size()).isLessThanOrEqualTo(25);
            reports.forEach(r -> assertThat(seen.add(r.get("reportId").asString())).as("listed once").isTrue());
            var centre = node(page.body(), "contact:" + hub);
            assertThat(centre.get("total").asLong()).isEqualTo(61);
            assertThat(centre.get("priority").asString()).isEqualTo("P1");
            assertThat(centre.get("step").asInt()).isZero();
            if (pages == 0) {
                assertThat(reports.getFirst().get("priority").asString()).as("most urgent first").isEqualTo("P1");
                assertThat(page.body().get("departments").get("69").asLong()).isEqualTo(61);
            }
            if (reports.stream().anyMatch(r -> r.get("reportId").asString().equals(r0.toString()))) {
                var handle = node(page.body(), "contact:" + a);
                assertThat(handle.get("step").asInt()).isEqualTo(2);
                assertThat(handle.get("total").asLong()).isEqualTo(3);
                assertThat(handle.get("label").asString()).isEqualTo("@" + a);
            }
            assertThat(ids(page.body())).as("three steps away").doesNotContain("contact:" + b, "report:" + r1);
            var next = page.body().get("next");
            after = next == null || next.isNull() ? null : next.asString();
            pages++;
        } while (after != null && pages < 10);
        assertThat(pages).isEqualTo(3);
        var expected = new HashSet<String>();
        hubReports.forEach(id -> expected.add(id.toString()));
        expected.add(r0.toString());
        assertThat(seen).isEqualTo(expected);

        // from R0: its two contacts, then at most 10 other reports of each, with what is left counted
        var around = w.get("/api/v1/reports/" + r0 + "/network?limit=10");
        assertThat(around.status()).isEqualTo(200);
        assertThat(around.body().get("center").asString()).isEqualTo("report:" + r0);
        var hubNode = node(around.body(), "contact:" + hub);
        assertThat(hubNode.get("step").asInt()).isEqualTo(1);
        assertThat(hubNode.get("total").asLong()).isEqualTo(61);
        assertThat(hubNode.get("shown").asLong()).isEqualTo(11);
        assertThat(node(around.body(), "contact:" + a).get("shown").asLong()).isEqualTo(3);
        assertThat(ids(around.body())).contains("report:" + r1, "report:" + r2).doesNotContain("contact:" + b);
        assertThat(nodes(around.body(), "REPORT")).hasSize(1 + 10 + 2);
        assertThat(node(around.body(), "report:" + r1).get("department").asString()).isEqualTo("13");
        assertThat(around.body().toString()).doesNotContain("Texte fictif");

        // from handle A: R0, R1, R2, then the hub and B with their totals
        var fromA = w.get("/api/v1/contacts/@" + a.toUpperCase() + "/network").body();
        assertThat(nodes(fromA, "REPORT")).hasSize(3);
        assertThat(node(fromA, "contact:" + hub).get("total").asLong()).isEqualTo(61);
        assertThat(node(fromA, "contact:" + hub).get("shown").asLong()).isEqualTo(1);
        assertThat(node(fromA, "contact:" + b).get("total").asLong()).isEqualTo(1);
        assertThat(fromA.get("departments").get("13").asLong()).isEqualTo(1);
        assertThat(fromA.get("departments").get("69").asLong()).isEqualTo(2);
        assertThat(fromA.get("edges").size()).isEqualTo(3 + 2);

        assertThat(audit.search(new AuditQuery(null, null, "CONTACT_LOOKED_UP", null, null, 200)))
                .anyMatch(e -> e.details().contains("network") && e.details().contains(r1.toString()))
                .anyMatch(e -> r0.equals(e.reportId()) && e.details().contains("network"));

        // the partner's key reads none of it
        assertThat(api().getAsPartner(PARTNER_KEY, "/api/v1/contacts/" + hub + "/network").status()).isIn(401, 403, 404);
        assertThat(api().getAsPartner(PARTNER_KEY, "/api/v1/reports/" + r0 + "/network").status()).isIn(401, 403, 404);
    }

    @Test
    void hostileInputIsRefusedNamingTheField() {
        var w = worker();
        ProblemAssertions.assertProblem(w.get("/api/v1/contacts/%3Cscript%3E/network"), 400, "contact");
        ProblemAssertions.assertProblem(w.get("/api/v1/contacts/06%2039%2098/network"), 400, "contact");
        for (String limit : List.of("0", "201", "beaucoup", "-1")) {
            ProblemAssertions.assertProblem(w.get("/api/v1/contacts/0639980001/network?limit=" + limit), 400, "limit");
            ProblemAssertions.assertProblem(w.get("/api/v1/reports/" + UUID.randomUUID() + "/network?limit=" + limit), 400, "limit");
        }
        for (String after : List.of("pas-un-curseur", "UDF-fjE", "x".repeat(300))) {
            ProblemAssertions.assertProblem(w.get("/api/v1/contacts/0639980001/network?after=" + after), 400, "after");
        }
        ProblemAssertions.assertProblem(w.get("/api/v1/reports/pas-un-uuid/network"), 400, "id");
        assertThat(w.get("/api/v1/reports/" + UUID.randomUUID() + "/network").status()).isEqualTo(404);
    }

    private UUID insert(String priority, String department, List<String> contacts) {
        UUID id = UUID.randomUUID();
        var at = Timestamp.from(Instant.now().minusSeconds(ThreadLocalRandom.current().nextInt(1, 86_400)));
        jdbc.sql("""
                insert into report (id, source_name, external_id, platform, platform_name, url, text, observed_at,
                    received_at, city, postal_code, department, contacts, priority, score, signals, status, processed_at, updated_at)
                values (:id, 'test', cast(:id as text), 'CLASSIFIED_AD', 'Annonces-reseau', 'https://annonces.example.org/r',
                    'Texte fictif de réseau', :at, :at, 'Ville', :dep || '000', :dep, '[]'::jsonb, :p, 10, '[]'::jsonb, 'CLOSED', :at, :at)""")
                .param("id", id).param("at", at).param("dep", department).param("p", priority).update();
        for (String contact : contacts) {
            jdbc.sql("insert into report_contact (report_id, contact) values (:id, :c)").param("id", id).param("c", contact).update();
        }
        return id;
    }

    private static List<JsonNode> nodes(JsonNode network, String kind) {
        return network.get("nodes").valueStream().filter(n -> n.get("kind").asString().equals(kind)).toList();
    }

    private static JsonNode node(JsonNode network, String id) {
        return network.get("nodes").valueStream().filter(n -> n.get("id").asString().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no node " + id + " in " + network));
    }

    private static Set<String> ids(JsonNode network) {
        var ids = new HashSet<String>();
        network.get("nodes").valueStream().forEach(n -> ids.add(n.get("id").asString()));
        return ids;
    }

    private VigieApi worker() {
        return bench().person("reseau", Role.WORKER);
    }
}
