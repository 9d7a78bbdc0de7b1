package fr.vigie.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import fr.vigie.identity.Role;
import fr.vigie.support.EmbeddedServersTest;
import fr.vigie.support.ProblemAssertions;
import fr.vigie.support.SyntheticReports;
import fr.vigie.support.VigieApi;

/** A worker pages past 50: every open report once, in triage order, with counts that match. */
class QueuePagingIT extends EmbeddedServersTest {

    private static final List<String> TEXTS = List.of(
            "Offre ordinaire numéro %s, rien de plus",
            "Jeune fille 15 ans dispo ce soir, offre %s",
            "Massage relaxant, offre %s",
            "Elle a 16 ans, nouvelle en ville, rencontre %s");

    @Autowired
    JdbcClient jdbc;

    @Test
    void pagingThroughTheQueueListsEveryOpenReportOnceInTriageOrder() {
        var sent = new ArrayList<Map<String, Object>>();
        for (int i = 0; i < 64; i++) {
            var report = SyntheticReports.report(SyntheticReports.uniqueId("page"),
                    TEXTS.get(i % TEXTS.size()).formatted(UUID.randomUUID().toString().substring(0, 8)));
            report.put("url", null);
            report.put("reporterConcern", i % 5 == 0 ? "IMMEDIATE_DANGER" : "HIGH");
            sent.add(report);
        }
        var mine = new ArrayList<>(bench().processedTogether(PARTNER_KEY, sent.subList(0, 32)));
        mine.addAll(bench().processedTogether(PARTNER_KEY, sent.subList(32, 64)));

        var w = worker();
        var walked = walk(w, 20);
        List<String> expected = jdbc.sql("""
                select id from report where status in ('NEW', 'IN_REVIEW') order by priority,
                  case when reporter_concern = 'IMMEDIATE_DANGER' then 0 else 1 end, score desc, received_at, id""")
                .query((rs, n) -> rs.getString("id")).list();
        assertThat(walked.ids()).as("each open report once").doesNotHaveDuplicates();
        assertThat(walked.ids()).as("in triage order, across pages").containsExactlyElementsOf(expected);
        assertThat(walked.ids()).containsAll(mine.stream().map(UUID::toString).toList());
        assertThat(walked.pages()).isGreaterThan(3);
        assertThat(walked.countsTotal()).as("counts match what the pages list").isEqualTo(expected.size());

        assertThat(walk(w, 200).ids()).as("the same walk with longer pages").isEqualTo(walked.ids());

        // each row shows the start of its text, to recognise the ad without opening it
        var firstPage = w.get("/api/v1/queue?limit=200").body().get("items");
        var texts = jdbc.sql("select id, text from report where status in ('NEW', 'IN_REVIEW')")
                .query((rs, n) -> Map.entry(rs.getString("id"), rs.getString("text"))).list().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(firstPage.valueStream().filter(item -> mine.stream().map(UUID::toString).toList().contains(item.get("id").asString())))
                .hasSize(64)
                .allSatisfy(item -> assertThat(item.get("excerpt").asString()).isEqualTo(texts.get(item.get("id").asString())));

        // a band filter keeps its pages in the band
        var p4 = walk(w, 7, "&band=P4");
        assertThat(p4.ids()).doesNotHaveDuplicates()
                .containsExactlyElementsOf(expected.stream().filter(id -> band(id).equals("P4")).toList());
    }

    @Test
    void aCursorTheServerDidNotWriteIsRefusedNamingIt() {
        var w = worker();
        for (String hostile : List.of("nope", "%%%", "x".repeat(500),
                Base64.getUrlEncoder().encodeToString("P9~0~1~1~00000000-0000-0000-0000-000000000000".getBytes()),
                Base64.getUrlEncoder().encodeToString("P1~7~1~1~00000000-0000-0000-0000-000000000000".getBytes()),
                Base64.getUrlEncoder().encodeToString("P1~0~1~-5~00000000-0000-0000-0000-000000000000".getBytes()),
                Base64.getUrlEncoder().encodeToString("P1~0~1~1~pas-un-uuid".getBytes()),
                Base64.getUrlEncoder().encodeToString("';drop table report;--".getBytes()))) {
            ProblemAssertions.assertProblem(w.get("/api/v1/queue?after=" + URLEncoder.encode(hostile, StandardCharsets.UTF_8)),
                    400, "after");
        }
        ProblemAssertions.assertProblem(w.get("/api/v1/queue?limit=0"), 400, "limit");
        ProblemAssertions.assertProblem(w.get("/api/v1/queue?limit=201"), 400, "limit");
        ProblemAssertions.assertProblem(w.get("/api/v1/queue?limit=beaucoup"), 400, "limit");
    }

    private record Walk(List<String> ids, int pages, long countsTotal) {
    }

    private static Walk walk(VigieApi w, int limit) {
        return walk(w, limit, "");
    }

    private static Walk walk(VigieApi w, int limit, String criteria) {
        var ids = new ArrayList<String>();
        var seen = new HashSet<String>();
        String after = null;
        int pages = 0;
        long counts = 0;
        do {
            var response = w.get("/api/v1/queue?limit=" + limit + criteria + (after == null ? "" : "&after=" + after));
            assertThat(response.status()).isEqualTo(200);
            JsonNode page = response.body();
            assertThat(page.get("items").size()).isLessThanOrEqualTo(limit);
            page.get("items").valueStream().forEach(i -> {
                assertThat(seen.add(i.get("id").asString())).as("listed once: %s", i.get("id")).isTrue();
                ids.add(i.get("id").asString());
            });
            if (pages == 0) {
                counts = page.get("counts").valueStream().mapToLong(JsonNode::asLong).sum();
            }
            pages++;
            after = page.hasNonNull("next") ? page.get("next").asString() : null;
            if (after != null) {
                assertThat(page.get("items").size()).as("a page with a next page is full").isEqualTo(limit);
            }
        } while (after != null);
        return new Walk(ids, pages, counts);
    }

    private String band(String id) {
        return jdbc.sql("select priority from report where id = :id").param("id", UUID.fromString(id))
                .query(String.class).single();
    }

    private VigieApi worker() {
        return bench().person("pages", Role.WORKER);
    }
}
