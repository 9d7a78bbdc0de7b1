package fr.vigie.processing.analysis;

import java.util.HashMap;
import java.util.Map;

/**
 * Every word a rule engine's lists and phrases know (phrase words and stems, SMS spellings, words
 * read by ear, number words), each with a dense id: a report's token is looked up here once, and
 * the lists are then arrays indexed by its id instead of hash tables each asked again about the
 * same word (the phrase index by first and second word, the spellings, the number words: tens of
 * look-ups per token). A word no list knows has {@link #NONE}. Immutable once built, thread-safe.
 */
final class Vocabulary {

    /** The id of a word no list knows. */
    static final int NONE = -1;

    private final Map<String, Integer> ids = new HashMap<>();

    /** Adds a word (while the engine is compiled, never after it is shared) and returns its id. */
    int add(String word) {
        Integer id = ids.get(word);
        if (id == null) {
            id = ids.size();
            ids.put(word, id);
        }
        return id;
    }

    /** The word's id, or {@link #NONE}. */
    int id(String word) {
        Integer id = ids.get(word);
        return id == null ? NONE : id;
    }

    /** How many words: every id is below it. */
    int size() {
        return ids.size();
    }
}
