package fr.vigie.processing.analysis;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Word lists consulted at every token of every report, as hash tables: {@code Map.of} and
 * {@code Set.of} probe with a salted modulo and measured about twice as slow per look-up here.
 */
final class Lookup {

    private Lookup() {
    }

    static <K, V> Map<K, V> map(Map<K, V> entries) {
        return Collections.unmodifiableMap(new HashMap<>(entries));
    }

    static <T> Set<T> set(Set<T> members) {
        return Collections.unmodifiableSet(new HashSet<>(members));
    }
}
