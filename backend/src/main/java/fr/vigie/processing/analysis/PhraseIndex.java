package fr.vigie.processing.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Many {@link PhraseMatcher}s (every rule's and every context's phrases) in one index, so that a
 * report's tokens are walked once with one or two array reads per token (stem id, word id), instead of once
 * per rule. Gives, per matcher, exactly what its own {@link PhraseMatcher#findAll} gives.
 * Immutable and thread-safe.
 */
final class PhraseIndex {

    /** {@code ids}: the phrase's words as ids of the index's {@link Vocabulary} ({@link Vocabulary#NONE} for numbers). */
    private record Entry(int matcher, PhraseMatcher owner, PhraseMatcher.Phrase phrase, int[] ids) {
    }

    /**
     * The phrases sharing a first word, split again by their second word: "en" starts some twenty
     * phrases and is one of the commonest French words, so only those whose second word is the
     * report's next token are tried. {@code others}: one-word phrases, or a number second.
     * Second words are ids, sorted, found by halving: a few per bucket.
     */
    private static final class Bucket {
        private final List<Entry> adding = new ArrayList<>();
        private final Map<Integer, List<Entry>> adding2 = new HashMap<>();
        Entry[] others;
        int[] seconds;
        Entry[][] bySecond;
        /** Whether the phrases start with a number (found at a number, not by their first word). */
        final boolean numbered;

        Bucket(boolean numbered) {
            this.numbered = numbered;
        }

        void add(Entry entry) {
            var phrase = entry.phrase();
            if (phrase.elements().length > 1 && phrase.isWord(1)) {
                adding2.computeIfAbsent(entry.ids()[1], k -> new ArrayList<>()).add(entry);
            } else {
                adding.add(entry);
            }
        }

        /** The arrays read at every token, once every phrase is added. */
        void freeze() {
            others = adding.toArray(Entry[]::new);
            seconds = adding2.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
            bySecond = new Entry[seconds.length][];
            for (int k = 0; k < seconds.length; k++) {
                bySecond[k] = adding2.get(seconds[k]).toArray(Entry[]::new);
            }
        }

        /** The phrases whose second word has that id, or null. */
        Entry[] second(int id) {
            if (id == Vocabulary.NONE || seconds.length == 0) {
                return null;
            }
            int k = Arrays.binarySearch(seconds, id);
            return k < 0 ? null : bySecond[k];
        }
    }

    private final int size;
    private final Vocabulary vocabulary;
    /**
     * The buckets by first word's id: {@code [0]} the phrases matched on stems, {@code [1]} those
     * matched on words. One array for both, because a token's stem is most often its word: then
     * one id serves both.
     */
    private final Bucket[][] byFirst;
    /** Phrases starting with a number, by their second word (found after the number, however many tokens it spans). */
    private final Bucket numbersThenTerm = new Bucket(true);
    private final Bucket numbersThenWord = new Bucket(true);

    PhraseIndex(List<PhraseMatcher> matchers) {
        this(matchers, new Vocabulary());
    }

    /** Adds the phrases' words to the vocabulary (the report's tokens are given ids in it). */
    PhraseIndex(List<PhraseMatcher> matchers, Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
        size = matchers.size();
        var building = new HashMap<Integer, Bucket[]>();
        for (int m = 0; m < matchers.size(); m++) {
            var matcher = matchers.get(m);
            int side = matcher.matchOn() == RuleSet.MatchOn.WORD ? 1 : 0;
            for (var first : matcher.byFirst().entrySet()) {
                for (var phrase : first.getValue()) {
                    Bucket[] buckets = building.computeIfAbsent(vocabulary.add(first.getKey()), k -> new Bucket[2]);
                    if (buckets[side] == null) {
                        buckets[side] = new Bucket(false);
                    }
                    buckets[side].add(new Entry(m, matcher, phrase, ids(phrase, vocabulary)));
                }
            }
            var numbered = matcher.matchOn() == RuleSet.MatchOn.WORD ? numbersThenWord : numbersThenTerm;
            for (var phrase : matcher.startingWithNumber()) {
                numbered.add(new Entry(m, matcher, phrase, ids(phrase, vocabulary)));
            }
        }
        byFirst = new Bucket[vocabulary.size()][];
        building.forEach((id, buckets) -> {
            for (Bucket bucket : buckets) {
                if (bucket != null) {
                    bucket.freeze();
                }
            }
            byFirst[id] = buckets;
        });
        numbersThenTerm.freeze();
        numbersThenWord.freeze();
    }

    private static int[] ids(PhraseMatcher.Phrase phrase, Vocabulary vocabulary) {
        int[] ids = new int[phrase.elements().length];
        for (int k = 0; k < ids.length; k++) {
            ids[k] = phrase.isWord(k) ? vocabulary.add(phrase.elements()[k]) : Vocabulary.NONE;
        }
        return ids;
    }

    /** {@code result[m]} = the matches of matcher {@code m} (as {@link PhraseMatcher#findAll}), never null. */
    List<PhraseMatcher.Match>[] findAll(List<Token> tokens, TokenNumbers numbers) {
        @SuppressWarnings("unchecked")
        List<PhraseMatcher.Match>[] result = new List[size];
        int[] best = new int[size];
        Arrays.fill(best, -1);
        int[] touched = new int[size];
        int[] termIds = numbers.termIds(vocabulary);
        int[] wordIds = numbers.wordIds(vocabulary);
        int last = tokens.size() - 1;
        for (int i = 0; i < tokens.size(); i++) {
            int count = 0;
            int termId = termIds[i];
            int wordId = wordIds[i];
            Bucket[] byTerm = buckets(termId);
            Bucket[] byWord = wordId == termId ? byTerm : buckets(wordId);
            count = offer(byTerm == null ? null : byTerm[0], i < last ? termIds[i + 1] : Vocabulary.NONE, termIds, tokens,
                    numbers, i, best, touched, count);
            count = offer(byWord == null ? null : byWord[1], i < last ? wordIds[i + 1] : Vocabulary.NONE, wordIds, tokens,
                    numbers, i, best, touched, count);
            if (numbers.isNumber(i)) {
                int after = i + numbers.reading(i).tokens(); // the word after the number, however many tokens it spans
                boolean second = after < tokens.size();
                count = offer(numbersThenTerm, second ? termIds[after] : Vocabulary.NONE, termIds, tokens, numbers, i, best,
                        touched, count);
                count = offer(numbersThenWord, second ? wordIds[after] : Vocabulary.NONE, wordIds, tokens, numbers, i, best,
                        touched, count);
            }
            for (int k = 0; k < count; k++) {
                int m = touched[k];
                if (best[m] > 0) {
                    if (result[m] == null) {
                        result[m] = new ArrayList<>();
                    }
                    result[m].add(new PhraseMatcher.Match(i, i + best[m]));
                }
                best[m] = -1;
            }
        }
        for (int m = 0; m < size; m++) {
            if (result[m] == null) {
                result[m] = List.of();
            }
        }
        return result;
    }

    private Bucket[] buckets(int id) {
        return id == Vocabulary.NONE || id >= byFirst.length ? null : byFirst[id];
    }

    /** A bucket's phrases that may match from token {@code i}: those whose second word is {@code second}, and the others. */
    private static int offer(Bucket bucket, int second, int[] keys, List<Token> tokens, TokenNumbers numbers, int i,
            int[] best, int[] touched, int count) {
        if (bucket == null) {
            return count;
        }
        // the words a bucket was found by match already, one token each: its first word, then its second (a phrase
        // starting with a number is found at any number, and its second word after however many tokens that spans)
        count = offer(bucket.others, keys, tokens, numbers, i, best, touched, count, bucket.numbered ? 0 : 1);
        return offer(bucket.second(second), keys, tokens, numbers, i, best, touched, count, bucket.numbered ? 0 : 2);
    }

    /** {@code keys}: the report's token ids the entries' phrases are matched on (stems or words, one side per bucket). */
    private static int offer(Entry[] entries, int[] keys, List<Token> tokens, TokenNumbers numbers, int i, int[] best,
            int[] touched, int count, int known) {
        if (entries == null) {
            return count;
        }
        for (Entry e : entries) {
            int length = PhraseMatcher.matchLength(e.phrase(), e.ids(), keys, tokens, i, numbers, known);
            if (best[e.matcher()] == -1) {
                touched[count++] = e.matcher();
                best[e.matcher()] = Math.max(length, 0); // 0: looked at, no match (a phrase is never empty)
            } else if (length > best[e.matcher()]) {
                best[e.matcher()] = length;
            }
        }
        return count;
    }
}
