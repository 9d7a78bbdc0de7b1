package fr.vigie.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Service;

/** The {@code vigie-reports} index: created with Vigie's French analysis on first use. */
@Service
public class ReportIndex implements InitializingBean {

    public static final String NAME = "vigie-reports";

    private final ElasticsearchClient client;

    ReportIndex(ElasticsearchClient client) {
        this.client = client;
    }

    @Override
    public void afterPropertiesSet() throws IOException {
        if (!client.indices().exists(e -> e.index(NAME)).value()) {
            try (InputStream definition = ReportIndex.class.getResourceAsStream("/search/reports-index.json")) {
                client.indices().create(c -> c.index(NAME).withJson(definition));
            } catch (co.elastic.clients.elasticsearch._types.ElasticsearchException e) {
                // Right after a restart the node may answer "absent" while it is still recovering
                // the index from disk: then the index is there, which is all this method wants.
                if (!"resource_already_exists_exception".equals(e.error().type())) {
                    throw e;
                }
            }
        }
    }

    /** Indexes or overwrites the report's document. */
    public void index(IndexedReport report) {
        Map<String, Object> document = document(report);
        try {
            client.index(i -> i.index(NAME).id(report.id().toString()).document(document));
        } catch (IOException e) {
            throw new UncheckedIOException("Indexing report " + report.id() + " failed", e);
        }
    }

    /**
     * Indexes or overwrites these documents in one {@code _bulk} request, in order (processing's
     * batch, ADR 0016). Returns when Elasticsearch holds all of them. A document the node could not
     * take for want of capacity (429, 5xx) fails the call as an {@link IOException} (an outage, to be
     * retried); any other failure of a document as an {@link IllegalStateException} naming the ids.
     */
    public void indexAll(java.util.List<IndexedReport> reports) {
        if (reports.isEmpty()) {
            return;
        }
        var operations = reports.stream().<co.elastic.clients.elasticsearch.core.bulk.BulkOperation>map(report -> {
            var document = document(report);
            return co.elastic.clients.elasticsearch.core.bulk.BulkOperation
                    .of(op -> op.index(i -> i.index(NAME).id(report.id().toString()).document(document)));
        }).toList();
        try {
            var response = client.bulk(b -> b.index(NAME).operations(operations));
            if (response.errors()) {
                var failed = response.items().stream().filter(i -> i.error() != null).toList();
                if (failed.stream().anyMatch(i -> i.status() == 429 || i.status() >= 500)) {
                    throw new IOException("Bulk indexing: " + failed.size() + " documents refused for capacity, first "
                            + failed.getFirst().id());
                }
                if (!failed.isEmpty()) {
                    throw new IllegalStateException("Bulk indexing failed for "
                            + failed.stream().map(i -> i.id() + ": " + i.error().type()).toList());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Bulk indexing of " + reports.size() + " reports failed", e);
        }
    }

    private static Map<String, Object> document(IndexedReport report) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("text", report.text());
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
        return document;
    }

    /** Whether the report's document is in the index (after a refresh). */
    public boolean contains(UUID id) {
        try {
            return client.exists(e -> e.index(NAME).id(id.toString())).value();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Ids of reports whose text matches the query, through the French analyzer. */
    public java.util.List<UUID> searchText(String query) {
        try {
            client.indices().refresh(r -> r.index(NAME));
            var response = client.search(s -> s.index(NAME).query(q -> q.match(m -> m.field("text").query(query))),
                    Void.class);
            return response.hits().hits().stream().map(h -> UUID.fromString(h.id())).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // --- retention (added for fr.vigie.retention) -------------------------------------------

    /** Deletes these reports' documents (bulk delete by id; a missing document is not an error). */
    public void deleteAll(java.util.Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return;
        }
        bulk(ids.stream().<co.elastic.clients.elasticsearch.core.bulk.BulkOperation>map(id -> co.elastic.clients.elasticsearch.core.bulk.BulkOperation
                .of(op -> op.delete(d -> d.index(NAME).id(id.toString())))).toList());
    }

    /**
     * Removes the content of these reports' documents (text, platform name, city), keeping what
     * statistics need (band, score, status, dates, department, signal codes). Partial updates,
     * no script; a missing document is not an error.
     */
    public void removeContent(java.util.Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return;
        }
        Map<String, Object> blank = Map.of("text", "", "platformName", "", "city", "");
        bulk(ids.stream().<co.elastic.clients.elasticsearch.core.bulk.BulkOperation>map(id -> co.elastic.clients.elasticsearch.core.bulk.BulkOperation
                .of(op -> op.update(u -> u.index(NAME).id(id.toString()).action(a -> a.doc(blank))))).toList());
    }

    /** The document's text, or empty if there is no document (for checks, never for display). */
    public java.util.Optional<String> storedText(UUID id) {
        try {
            @SuppressWarnings({ "rawtypes", "unchecked" })
            var response = client.get(g -> g.index(NAME).id(id.toString()), Map.class);
            return response.found() ? java.util.Optional.ofNullable((String) response.source().get("text"))
                    : java.util.Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void bulk(java.util.List<co.elastic.clients.elasticsearch.core.bulk.BulkOperation> operations) {
        try {
            var response = client.bulk(b -> b.index(NAME).operations(operations).refresh(co.elastic.clients.elasticsearch._types.Refresh.True));
            if (response.errors()) {
                var failures = response.items().stream()
                        .filter(i -> i.error() != null && i.status() != 404)
                        .map(i -> i.id() + ": " + i.error().type()).toList();
                if (!failures.isEmpty()) {
                    throw new IllegalStateException("Bulk operation on " + NAME + " failed for " + failures);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
