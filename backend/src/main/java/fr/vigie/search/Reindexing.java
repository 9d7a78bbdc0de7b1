package fr.vigie.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

import fr.vigie.triage.ReportSnapshots;

/**
 * Rebuilds the index from PostgreSQL with no downtime: a new index of the current mapping
 * ({@code vigie-reports-v<version>-<millis>}) is created under the alias {@link ReportIndex#NEXT},
 * so that every write from then on goes to it as well; after a pause longer than the writers'
 * look-up of that alias, every report is copied, page by page, with its revision as the version
 * (a write made meanwhile is never overwritten by an older copy); then one atomic alias action
 * moves {@code vigie-reports} to the new index, and the old one is deleted a little later (a search
 * that began on it ends first). Searches go through the alias all along.
 *
 * <p>At start, an index of an older mapping version (or a plain index named {@code vigie-reports},
 * from before the alias) is rebuilt this way before any listener runs.
 */
@Component
class Reindexing implements SmartInitializingSingleton {

    /** What a reindex did. */
    record ReindexResult(String index, String previous, long documents, Duration took) {
    }

    private static final Logger log = LoggerFactory.getLogger(Reindexing.class);
    private static final int PAGE = 500;

    private final ReportIndex index;
    private final ReportSnapshots snapshots;
    private final AtomicBoolean running = new AtomicBoolean();
    private final Duration settle;

    Reindexing(ReportIndex index, ReportSnapshots snapshots, SearchProperties properties) {
        this.index = index;
        this.snapshots = snapshots;
        this.settle = properties.reindexSettle();
    }

    @Override
    public void afterSingletonsInstantiated() {
        try {
            var current = currentIndex();
            if (current == null || !current.startsWith(ReportIndex.NAME + "-v" + ReportIndex.MAPPING_VERSION + "-")) {
                log.info("Search index {} is of an older mapping: rebuilding it as version {}", current, ReportIndex.MAPPING_VERSION);
                reindex();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether a reindex is running on this instance. */
    boolean running() {
        return running.get();
    }

    /** Rebuilds the index; refused (empty) while another reindex runs. */
    java.util.Optional<ReindexResult> reindex() {
        if (!running.compareAndSet(false, true)) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(rebuild());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Reindex interrupted", e);
        } finally {
            running.set(false);
            index.targetsChanged();
        }
    }

    private ReindexResult rebuild() throws IOException, InterruptedException {
        var client = index.client();
        Instant start = Instant.now();
        String previous = currentIndex();
        removeStaleNext(client);
        String built = index.create(ReportIndex.MAPPING_VERSION + "-" + System.currentTimeMillis(), false);
        client.indices().putSettings(p -> p.index(built).settings(s -> s.refreshInterval(t -> t.time("-1"))));
        client.indices().updateAliases(u -> u.actions(a -> a.add(add -> add.index(built).alias(ReportIndex.NEXT))));
        index.targetsChanged();
        Thread.sleep(settle.toMillis()); // every writer has seen NEXT by now
        long copied = 0;
        UUID after = null;
        while (true) {
            var page = snapshots.page(after, PAGE);
            if (page.isEmpty()) {
                break;
            }
            var operations = new ArrayList<BulkOperation>(page.size());
            page.forEach(r -> operations.add(index.write(built, ReportIndexFeed.document(r))));
            index.bulk(operations, false);
            copied += page.size();
            after = page.getLast().id();
        }
        client.indices().putSettings(p -> p.index(built).settings(s -> s.refreshInterval(t -> t.time("1s"))));
        client.indices().refresh(r -> r.index(built));
        client.indices().updateAliases(u -> {
            u.actions(a -> a.add(add -> add.index(built).alias(ReportIndex.NAME)));
            u.actions(a -> a.remove(remove -> remove.index(built).alias(ReportIndex.NEXT)));
            if (previous != null && previous.equals(ReportIndex.NAME)) {
                u.actions(a -> a.removeIndex(r -> r.index(previous))); // a plain index from before the alias
            } else if (previous != null) {
                u.actions(a -> a.remove(remove -> remove.index(previous).alias(ReportIndex.NAME)));
            }
            return u;
        });
        index.targetsChanged();
        if (previous != null && !previous.equals(ReportIndex.NAME)) {
            Thread.sleep(settle.toMillis()); // a search that began on the previous index ends on it
            client.indices().delete(d -> d.index(previous).ignoreUnavailable(true));
        }
        var result = new ReindexResult(built, previous, copied, Duration.between(start, Instant.now()));
        log.info("Search index rebuilt as {} ({} reports) in {}", built, copied, result.took());
        return result;
    }

    /** A NEXT left by a reindex that did not finish (a crash): its index is dropped, it is rebuilt now. */
    private void removeStaleNext(co.elastic.clients.elasticsearch.ElasticsearchClient client) throws IOException {
        if (client.indices().existsAlias(e -> e.name(ReportIndex.NEXT)).value()) {
            var stale = List.copyOf(client.indices().getAlias(g -> g.name(ReportIndex.NEXT)).aliases().keySet());
            for (String name : stale) {
                client.indices().delete(d -> d.index(name).ignoreUnavailable(true));
            }
        }
    }

    /** The index behind the alias, the plain index of that name if it is one, or null. */
    private String currentIndex() throws IOException {
        var client = index.client();
        try {
            if (client.indices().existsAlias(e -> e.name(ReportIndex.NAME)).value()) {
                return client.indices().getAlias(g -> g.name(ReportIndex.NAME)).aliases().keySet().iterator().next();
            }
        } catch (ElasticsearchException e) {
            if (e.status() != 404) {
                throw e;
            }
        }
        return client.indices().exists(e -> e.index(ReportIndex.NAME)).value() ? ReportIndex.NAME : null;
    }
}
