package fr.vigie.search;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code vigie.search.*}.
 *
 * @param reindexSettle how long a reindex waits after announcing the index it builds (longer than
 *                      the writers' look-up of it, 1 s) and before deleting the index it replaced
 * @param maxPageSize   the largest page of search results
 */
@ConfigurationProperties("vigie.search")
record SearchProperties(@DefaultValue("2s") Duration reindexSettle, @DefaultValue("100") int maxPageSize) {
}
