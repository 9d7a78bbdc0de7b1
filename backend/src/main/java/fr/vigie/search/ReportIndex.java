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
            }
        }
    }

    /** Indexes or overwrites the report's document. */
    public void index(IndexedReport report) {
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
        try {
            client.index(i -> i.index(NAME).id(report.id().toString()).document(document));
        } catch (IOException e) {
            throw new UncheckedIOException("Indexing report " + report.id() + " failed", e);
        }
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
}
