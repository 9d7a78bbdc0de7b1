package fr.vigie.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Service;

/**
 * The {@code vigie-reports} index: an alias over one versioned index ({@code vigie-reports-v3-…},
 * see {@link #MAPPING_VERSION}) created with Vigie's mapping on first use, rebuilt from PostgreSQL by
 * a reindex ({@code Reindexing}) that swaps the alias. Every document is written with its report's
 * revision as Elasticsearch's external version: an older write never replaces a newer document.
 * While a reindex runs, writes go to the index being built too (alias {@link #NEXT}).
 */
@Service
public class ReportIndex implements InitializingBean {

    /** The alias every search and write goes through. */
    public static final String NAME = "vigie-reports";
    /** The alias of the index a reindex is building, while it builds it. */
    static final String NEXT = "vigie-reports-next";
    /**
     * The version of {@code /search/reports-index.json}: an index of an older version is rebuilt at
     * start. 3: {@code text} is kept for display and highlights but no longer indexed — every query
     * matches {@code terms} (scoring's own analysis), and indexing the text through
     * {@code vigie_french} cost about a third of the node's indexing CPU for nothing (issue 18).
     */
    static final int MAPPING_VERSION = 3;
    /** The revision of a document written without one (by processing, before any change is known): the lowest. */
    public static final long UNKNOWN_REVISION = 1;
    /** The version of a deletion: above any revision, so that nothing older comes back while its tombstone lasts. */
    static final long PURGED = 1L << 62;
    /** Private-use characters that stand for the start and end of a highlight; never kept in a document's text. */
    static final char MARK_START = '\uE000';
    static final char MARK_END = '\uE001';

    private final ElasticsearchClient client;
    private final TextAnalysis analysis;
    private volatile long nextCheckedAt;
    private volatile boolean nextExists;

    ReportIndex(ElasticsearchClient client, TextAnalysis analysis) {
        this.client = client;
        this.analysis = analysis;
    }

    @Override
    public void afterPropertiesSet() throws IOException {
        if (!client.indices().exists(e -> e.index(NAME)).value()) {
            try {
                create(MAPPING_VERSION + "-initial", true);
            } catch (ElasticsearchException e) {
                // Right after a restart the node may answer "absent" while it is still recovering
                // the index from disk; another instance may have created it: either way it is there.
                if (!"resource_already_exists_exception".equals(e.error().type())) {
                    throw e;
                }
            }
        }
    }

    /** Creates {@code vigie-reports-v<version>-<suffix>} with the mapping; as the alias's index if {@code aliased}. */
    String create(String suffix, boolean aliased) throws IOException {
        String name = NAME + "-v" + suffix;
        try (InputStream definition = ReportIndex.class.getResourceAsStream("/search/reports-index.json")) {
            client.indices().create(c -> {
                c.index(name).withJson(definition);
                if (aliased) {
                    c.aliases(NAME, a -> a);
                }
                return c;
            });
        }
        return name;
    }

    ElasticsearchClient client() {
        return client;
    }

    /** Indexes the report's document, unless the index holds a newer revision of it. */
    public void index(IndexedReport report) {
        indexAll(List.of(report));
    }

    /** Indexes these documents (one bulk request), each unless the index holds a newer revision of it. */
    public void indexAll(Collection<IndexedReport> reports) {
        if (reports.isEmpty()) {
            return;
        }
        var operations = new ArrayList<BulkOperation>();
        for (String target : targets()) {
            for (IndexedReport report : reports) {
                operations.add(write(target, report));
            }
        }
        bulk(operations, false);
    }

    BulkOperation write(String target, IndexedReport report) {
        var document = document(report);
        return BulkOperation.of(op -> op.index(i -> i.index(target).id(report.id().toString())
                .version(Math.max(UNKNOWN_REVISION, report.revision())).versionType(VersionType.External).document(document)));
    }

    Map<String, Object> document(IndexedReport report) {
        Map<String, Object> document = new LinkedHashMap<>();
        String text = report.text() == null ? null : report.text().replace(MARK_START, '\uFFFD').replace(MARK_END, '\uFFFD');
        document.put("id", report.id().toString());
        document.put("text", text);
        // terms given with the document are those of the text as it came (no mark to replace: same text)
        boolean given = report.terms() != null && (text == null || text.equals(report.text()));
        document.put("terms", String.join(" ", given ? report.terms() : analysis.terms(text)));
        document.put("platform", report.platform());
        document.put("platformName", report.platformName());
        document.put("priority", report.priority());
        document.put("score", report.score());
        document.put("status", report.status());
        document.put("observedAt", report.observedAt().toString());
        document.put("receivedAt", report.receivedAt().toString());
        document.put("city", report.city());
        document.put("department", report.department());
        document.put("signals", report.signalCodes());
        document.put("phones", report.phones());
        document.put("handles", report.handles());
        document.put("sightings", report.sightings());
        document.put("decisions", report.decisions());
        document.put("revision", report.revision());
        return document;
    }

    /** The alias, and the index a reindex is building if one is (checked at most every second). */
    List<String> targets() {
        long now = System.currentTimeMillis();
        if (now - nextCheckedAt > 1_000) {
            try {
                nextExists = client.indices().existsAlias(e -> e.name(NEXT)).value();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            nextCheckedAt = now;
        }
        return nextExists ? List.of(NAME, NEXT) : List.of(NAME);
    }

    /** Forgets what it knew of a reindex (the reindex itself changed it). */
    void targetsChanged() {
        nextCheckedAt = 0;
    }

    /** Whether the report's document is in the index (after a refresh). */
    public boolean contains(UUID id) {
        try {
            return client.exists(e -> e.index(NAME).id(id.toString())).value();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Ids of reports whose text matches the query, through the French analysis of scoring: every one
     * of them up to Elasticsearch's result window, not the first page (a shared index holds many).
     */
    public List<UUID> searchText(String query) {
        try {
            client.indices().refresh(r -> r.index(NAME));
            var terms = String.join(" ", analysis.terms(query));
            var response = client.search(s -> s.index(NAME).size(10_000).source(src -> src.fetch(false))
                    .query(q -> q.match(m -> m.field("terms").query(terms))), Void.class);
            return response.hits().hits().stream().map(h -> UUID.fromString(h.id())).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // --- retention ------------------------------------------------------------------------------

    /** Deletes these reports' documents (bulk delete by id; a missing document is not an error). */
    public void deleteAll(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return;
        }
        var operations = new ArrayList<BulkOperation>();
        for (String target : targets()) {
            for (UUID id : ids) {
                operations.add(BulkOperation.of(op -> op.delete(d -> d.index(target).id(id.toString())
                        .version(PURGED).versionType(VersionType.External))));
            }
        }
        bulk(operations, true);
    }

    /**
     * Removes the content of these reports' documents (text, terms, platform name, city, contacts),
     * keeping what statistics need. Retention anonymises the reports in PostgreSQL too, and their
     * next revision is written from there ({@link #indexAll}); this is for documents written
     * without a revision. Partial updates, no script; a missing document is not an error.
     */
    public void removeContent(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return;
        }
        Map<String, Object> blank = Map.of("text", "", "terms", "", "platformName", "", "city", "", "phones", List.of(),
                "handles", List.of());
        bulk(ids.stream().map(id -> BulkOperation.of(op -> op.update(u -> u.index(NAME).id(id.toString()).action(a -> a.doc(blank)))))
                .toList(), true);
    }

    /** The document's text, or empty if there is no document (for checks, never for display). */
    public Optional<String> storedText(UUID id) {
        return stored(id).map(source -> (String) source.get("text"));
    }

    /** The document's revision, or empty if there is no document (for checks). */
    public Optional<Long> storedRevision(UUID id) {
        return stored(id).map(source -> ((Number) source.get("revision")).longValue());
    }

    /** The document's status, or empty if there is no document (for checks). */
    public Optional<String> storedStatus(UUID id) {
        return stored(id).map(source -> (String) source.get("status"));
    }

    @SuppressWarnings({ "rawtypes", "unchecked" })
    Optional<Map<String, Object>> stored(UUID id) {
        try {
            var response = client.get(g -> g.index(NAME).id(id.toString()), Map.class);
            return response.found() ? Optional.of((Map<String, Object>) response.source()) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs the operations; a version conflict (the index has a newer revision) and a missing
     * document are no failures.
     */
    void bulk(List<BulkOperation> operations, boolean refresh) {
        try {
            var response = client.bulk(b -> b.operations(operations).refresh(refresh ? Refresh.True : Refresh.False));
            if (response.errors()) {
                var failed = response.items().stream()
                        .filter(i -> i.error() != null && i.status() != 404 && i.status() != 409).toList();
                // A node short of capacity (429, 5xx) is an outage, retried by the caller (ADR 0016);
                // a 409 is an older revision than the index holds, and a 404 a document already gone.
                if (failed.stream().anyMatch(i -> i.status() == 429 || i.status() >= 500)) {
                    throw new IOException("Bulk operation on " + NAME + ": " + failed.size()
                            + " documents refused for capacity, first " + failed.getFirst().id());
                }
                var failures = failed.stream().map(i -> i.id() + ": " + i.error().type()).toList();
                if (!failures.isEmpty()) {
                    throw new IllegalStateException("Bulk operation on " + NAME + " failed for " + failures);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
