package fr.vigie.search;

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
import tools.jackson.databind.JsonNode;

import fr.vigie.audit.Audit;
import fr.vigie.audit.AuditQuery;
import fr.vigie.identity.Role;
import fr.vigie.support.EmbeddedServersTest;
import fr.vigie.support.ProblemAssertions;
import fr.vigie.support.SyntheticReports;
import fr.vigie.support.VigieApi;

/** GET /api/v1/search: the analysis of scoring, contacts in any writing, filters, facets, pages, audit. */
class SearchIT extends EmbeddedServersTest {

    @Autowired
    Audit audit;

    @Autowired
    ReportIndex index;

    @Test
    void aDisguisedWordIsFoundByItsPlainFormAndHighlightedWhereTheAdWroteIt() {
        String marker = marker();
        UUID leet = processed(SyntheticReports.report(SyntheticReports.uniqueId("srch"), "Annonce " + marker + " : m1neure dispo ce soir"));
        UUID spaced = processed(SyntheticReports.report(SyntheticReports.uniqueId("srch"), "Annonce " + marker + " m i n e u r e, écrire"));
        UUID other = processed(SyntheticReports.report(SyntheticReports.uniqueId("srch"), "Annonce " + marker + " vends vélo"));
        var w = worker();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(ids(w.get("/api/v1/search?q=" + enc("mineure " + marker)).body())).containsExactlyInAnyOrder(leet.toString(),
                        spaced.toString()));
        var result = w.get("/api/v1/search?q=" + enc("mineure " + marker)).body();
        assertThat(ids(result)).doesNotContain(other.toString());
        var leetItem = item(result, leet);
        var highlight = leetItem.get("highlights").get(0);
        String text = highlight.get("text").asString();
        var marked = highlight.get("marks").valueStream()
                .map(m -> text.substring(m.get("start").asInt(), m.get("end").asInt())).toList();
        assertThat(marked).contains("m1neure", marker);
    }

    @Test
    void onePhoneIsFoundFromFiveWritingsAndAHandleWithOrWithoutItsAt() {
        String national = "06 39 98 %02d %02d".formatted(ThreadLocalRandom.current().nextInt(100), ThreadLocalRandom.current().nextInt(100));
        String handle = "veille_" + marker();
        var report = SyntheticReports.report(SyntheticReports.uniqueId("srch"), "Massage, appeler le " + national.replace(" ", "."));
        report.put("contacts", List.of("@" + handle));
        UUID id = processed(report);
        var w = worker();
        String compact = national.replace(" ", "");
        for (String writing : List.of(national, compact, "+33 " + national.substring(1), "0033" + compact.substring(1),
                national.replace(" ", "-"))) {
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                    assertThat(ids(w.get("/api/v1/search?phone=" + enc(writing)).body())).as(writing).containsExactly(id.toString()));
        }
        assertThat(ids(w.get("/api/v1/search?handle=" + enc("@" + handle.toUpperCase())).body())).containsExactly(id.toString());
        assertThat(ids(w.get("/api/v1/search?handle=" + handle).body())).containsExactly(id.toString());
    }

    @Test
    void facetsAddUpAndFiltersAndPagesWork() {
        String marker = marker();
        var lyon = SyntheticReports.report(SyntheticReports.uniqueId("srch"), "Annonce " + marker + " un");
        var marseille = SyntheticReports.report(SyntheticReports.uniqueId("srch"), "Annonce " + marker + " deux");
        marseille.put("location", Map.of("city", "Marseille", "postalCode", "13001", "department", "13"));
        var third = SyntheticReports.report(SyntheticReports.uniqueId("srch"), "Annonce " + marker + " trois");
        third.put("platform", "SOCIAL_NETWORK");
        UUID a = processed(lyon);
        UUID b = processed(marseille);
        UUID c = processed(third);
        var w = worker();
        await().atMost(Duration.ofSeconds(10)).until(() -> w.get("/api/v1/search?q=" + marker).body().get("total").asLong() == 3);
        var all = w.get("/api/v1/search?q=" + marker).body();
        for (String facet : List.of("priority", "status", "platform", "department")) {
            long sum = all.get("facets").get(facet).valueStream().mapToLong(JsonNode::asLong).sum();
            assertThat(sum).as(facet).isEqualTo(3);
        }
        assertThat(all.get("facets").get("department").get("13").asLong()).isEqualTo(1);
        assertThat(ids(w.get("/api/v1/search?q=" + marker + "&department=13").body())).containsExactly(b.toString());
        assertThat(ids(w.get("/api/v1/search?q=" + marker + "&platform=SOCIAL_NETWORK").body())).containsExactly(c.toString());
        assertThat(ids(w.get("/api/v1/search?q=" + marker + "&status=CLOSED").body())).isEmpty();

        var first = w.get("/api/v1/search?q=" + marker + "&sort=date&size=2").body();
        assertThat(first.get("items").size()).isEqualTo(2);
        var second = w.get("/api/v1/search?q=" + marker + "&sort=date&size=2&after=" + first.get("next").asString()).body();
        assertThat(second.get("items").size()).isEqualTo(1);
        assertThat(second.get("next").isNull()).isTrue();
        var seen = new java.util.ArrayList<>(ids(first));
        seen.addAll(ids(second));
        assertThat(seen).containsExactlyInAnyOrder(a.toString(), b.toString(), c.toString());
    }

    @Test
    void everySearchIsAuditedWithItsCriteria() {
        String marker = marker();
        var w = worker();
        assertThat(w.get("/api/v1/search?q=" + marker + "&priority=P1&department=69").status()).isEqualTo(200);
        assertThat(audit.search(new AuditQuery(null, null, "SEARCH", null, null, 200)))
                .anyMatch(e -> e.details().contains(marker) && e.details().contains("P1") && e.details().contains("69"));
    }

    @Test
    void hostileParametersAreRefusedNamingThem() {
        var w = worker();
        ProblemAssertions.assertProblem(w.get("/api/v1/search?q=" + enc("*:* \" ( ) ~")), 400, "q");
        ProblemAssertions.assertProblem(w.get("/api/v1/search?q=" + "a".repeat(600)), 400, "q");
        ProblemAssertions.assertProblem(w.get("/api/v1/search?phone=12"), 400, "phone");
        ProblemAssertions.assertProblem(w.get("/api/v1/search?handle=" + enc("<b>")), 400, "handle");
        ProblemAssertions.assertProblem(w.get("/api/v1/search?priority=P9"), 400, "priority");
        ProblemAssertions.assertProblem(w.get("/api/v1/search?status=OPEN"), 400, "status");
        ProblemAssertions.assertProblem(w.get("/api/v1/search?department=999"), 400, "department");
        ProblemAssertions.assertProblem(w.get("/api/v1/search?from=hier"), 400, "from");
        ProblemAssertions.assertProblem(w.get("/api/v1/search?size=1000"), 400, "size");
        ProblemAssertions.assertProblem(w.get("/api/v1/search?sort=random"), 400, "sort");
        ProblemAssertions.assertProblem(w.get("/api/v1/search?after=bm9wZQ"), 400, "after");
        // query syntax is only words here: a field query finds nothing rather than everything
        assertThat(w.get("/api/v1/search?q=" + enc("status:NEW")).body().get("total").asLong()).isZero();
    }

    private static JsonNode item(JsonNode result, UUID id) {
        return result.get("items").valueStream().filter(i -> i.get("id").asString().equals(id.toString())).findFirst().orElseThrow();
    }

    private static List<String> ids(JsonNode result) {
        return result.get("items").valueStream().map(i -> i.get("id").asString()).toList();
    }

    private static String marker() {
        var letters = new StringBuilder("zq");
        for (char ch : UUID.randomUUID().toString().toCharArray()) {
            if (Character.isLetter(ch) && letters.length() < 12) {
                letters.append(ch);
            }
        }
        return letters.append("xw").toString();
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private UUID processed(Map<String, Object> report) {
        var accepted = api().postAsPartner(PARTNER_KEY, "/api/v1/reports", report);
        assertThat(accepted.status()).isEqualTo(202);
        UUID id = UUID.fromString(accepted.body().get("id").asString());
        await().atMost(Duration.ofSeconds(30)).until(() -> reports.deliveries(id) == 1);
        return id;
    }

    private VigieApi worker() {
        return bench().person("search", Role.WORKER);
    }
}
