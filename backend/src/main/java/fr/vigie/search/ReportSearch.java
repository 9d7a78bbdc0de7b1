package fr.vigie.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import org.springframework.stereotype.Component;

/**
 * Searches the index with structured queries only: the free text is analysed here by the same
 * analysis as scoring and matched term by term ({@code match} with {@code and} on the terms),
 * contacts and filters are {@code term}/{@code terms} filters, the period a range; user input
 * never reaches Elasticsearch's query syntax ({@code query_string}). Sightings merged into
 * another report are left out unless their status is asked for.
 */
@Component
class ReportSearch {

    static final List<String> FACETS = List.of("priority", "status", "platform", "department");

    private final ReportIndex index;
    private final TextAnalysis analysis;

    ReportSearch(ReportIndex index, TextAnalysis analysis) {
        this.index = index;
        this.analysis = analysis;
    }

    List<String> terms(String q) {
        return q == null ? List.of() : analysis.terms(q);
    }

    @SuppressWarnings({ "rawtypes", "unchecked" })
    SearchResult search(SearchCriteria c) {
        var must = new ArrayList<Query>();
        var filter = new ArrayList<Query>();
        var mustNot = new ArrayList<Query>();
        if (!c.terms().isEmpty()) {
            must.add(Query.of(q -> q.match(m -> m.field("terms").query(String.join(" ", c.terms())).operator(Operator.And))));
        }
        if (c.phone() != null) {
            filter.add(Query.of(q -> q.term(t -> t.field("phones").value(c.phone()))));
        }
        if (c.handle() != null) {
            filter.add(Query.of(q -> q.term(t -> t.field("handles").value(c.handle()))));
        }
        terms(filter, "priority", c.priorities());
        terms(filter, "status", c.statuses());
        terms(filter, "platform", c.platforms());
        terms(filter, "department", c.departments());
        if (c.statuses().isEmpty()) {
            mustNot.add(Query.of(q -> q.term(t -> t.field("status").value("MERGED"))));
        }
        if (c.from() != null || c.to() != null) {
            filter.add(Query.of(q -> q.range(r -> r.date(d -> {
                d.field("observedAt");
                if (c.from() != null) {
                    d.gte(c.from().toString());
                }
                if (c.to() != null) {
                    d.lt(c.to().toString());
                }
                return d;
            }))));
        }
        var sort = new ArrayList<SortOptions>();
        if (!c.byDate()) {
            sort.add(SortOptions.of(s -> s.score(o -> o.order(SortOrder.Desc))));
        }
        sort.add(SortOptions.of(s -> s.field(f -> f.field("observedAt").order(SortOrder.Desc))));
        sort.add(SortOptions.of(s -> s.field(f -> f.field("id").order(SortOrder.Asc))));
        try {
            var response = index.client().search(s -> {
                s.index(ReportIndex.NAME).query(q -> q.bool(b -> b.must(must).filter(filter).mustNot(mustNot)))
                        .size(c.size() + 1).sort(sort).trackTotalHits(t -> t.enabled(true))
                        .source(src -> src.filter(f -> f.includes("priority", "score", "status", "observedAt", "platform",
                                "department", "sightings", "text")));
                for (String facet : FACETS) {
                    s.aggregations(facet, a -> a.terms(t -> t.field(facet).size(200)));
                }
                if (!c.after().isEmpty()) {
                    s.searchAfter(c.after().stream().map(ReportSearch::value).toList());
                }
                return s;
            }, Map.class);
            var hits = response.hits().hits();
            var items = new ArrayList<SearchResult.SearchItem>();
            for (int i = 0; i < Math.min(c.size(), hits.size()); i++) {
                var hit = hits.get(i);
                Map<String, Object> source = hit.source();
                String text = (String) source.get("text");
                var highlights = c.terms().isEmpty() || text == null ? List.<SearchResult.SearchHighlight>of()
                        : Highlights.of(text, analysis.marks(text, c.terms()));
                items.add(new SearchResult.SearchItem(UUID.fromString(hit.id()), (String) source.get("priority"),
                        ((Number) source.getOrDefault("score", 0)).intValue(), (String) source.get("status"),
                        Instant.parse((String) source.get("observedAt")), (String) source.get("platform"),
                        (String) source.get("department"), ((Number) source.getOrDefault("sightings", 0)).intValue(), highlights));
            }
            String next = hits.size() > c.size() ? SearchCursor.encode(c.byDate(), hits.get(c.size() - 1).sort()) : null;
            var facets = new LinkedHashMap<String, Map<String, Long>>();
            for (String facet : FACETS) {
                var counts = new LinkedHashMap<String, Long>();
                response.aggregations().get(facet).sterms().buckets().array()
                        .forEach(b -> counts.put(b.key().stringValue(), b.docCount()));
                facets.put(facet, counts);
            }
            return new SearchResult(response.hits().total().value(), items, facets, next);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static FieldValue value(Object v) {
        return v instanceof Double d ? FieldValue.of(d) : v instanceof Long l ? FieldValue.of(l) : FieldValue.of((String) v);
    }

    private static void terms(List<Query> filter, String field, List<String> values) {
        if (!values.isEmpty()) {
            filter.add(Query.of(q -> q.terms(t -> t.field(field).terms(v -> v.value(values.stream().map(FieldValue::of).toList())))));
        }
    }
}
