package fr.vigie.processing.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Many {@link PhraseMatcher}s (every rule's and every context's phrases) in one index, so that a
 * report's tokens are walked once with one or two map look-ups per token (stem, word), instead of once
 * per rule. Gives, per matcher, exactly what its own {@link PhraseMatcher#findAll} gives.
 * Immutable and thread-safe.
 */
final class PhraseIndex {

    private record Entry(int matcher, PhraseMatcher owner, PhraseMatcher.Phrase phrase) {
    }

    /**
     * The phrases sharing a first word, split again by their second word: "en" starts some twenty
     * phrases and is one of the commonest French words, so only those whose second word is the
     * report's next token are tried. {@code others}: one-word phrases, or a number second.
     */
    private static final class Bucket {
        final List<Entry> others = new ArrayList<>();
        final Map<String, List<Entry>> bySecond = new HashMap<>();
        /** Whether the phrases start with a number (found at a number, not by their first word). */
        final boolean numbered;

        Bucket(boolean numbered) {
            this.numbered = numbered;
        }

        void add(Entry entry) {
            var phrase = entry.phrase();
            if (phrase.elements().length > 1 && phrase.isWord(1)) {
                bySecond.computeIfAbsent(phrase.elements()[1], k -> new ArrayList<>()).add(entry);
            } else {
                others.add(entry);
            }
        }
    }

    private final int size;
    /**
     * The buckets by first word: {@code [0]} the phrases matched on stems, {@code [1]} those
     * matched on words. One map for both, because a token's stem is most often its word: then
     * one look-up serves both.
     */
    private final Map<String, Bucket[]> byFirst = new HashMap<>();
    /** Phrases starting with a number, by their second word (found after the number, however many tokens it spans). */
    private final Bucket numbersThenTerm = new Bucket(true);
    private final Bucket numbersThenWord = new Bucket(true);

    PhraseIndex(List<PhraseMatcher> matchers) {
        size = matchers.size();
        for (int m = 0; m < matchers.size(); m++) {
            var matcher = matchers.get(m);
            int side = matcher.matchOn() == RuleSet.MatchOn.WORD ? 1 : 0;
            for (var first : matcher.byFirst().entrySet()) {
                for (var phrase : first.getValue()) {
                    Bucket[] buckets = byFirst.computeIfAbsent(first.getKey(), k -> new Bucket[2]);
                    if (buckets[side] == null) {
                        buckets[side] = new Bucket(false);
                    }
                    buckets[side].add(new Entry(m, matcher, phrase));
                }
            }
            var numbered = matcher.matchOn() == RuleSet.MatchOn.WORD ? numbersThenWord : numbersThenTerm;
            for (var phrase : matcher.startingWithNumber()) {
                numbered.add(new Entry(m, matcher, phrase));
            }
        }
    }

    /** {@code result[m]} = the matches of matcher {@code m} (as {@link PhraseMatcher#findAll}), never null. */
    List<PhraseMatcher.Match>[] findAll(List<Token> tokens, TokenNumbers numbers) {
        @SuppressWarnings("unchecked")
        List<PhraseMatcher.Match>[] result = new List[size];
        int[] best = new int[size];
        Arrays.fill(best, -1);
        int[] touched = new int[size];
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            int count = 0;
            Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
            String term = token.term();
            String word = token.word();
            Bucket[] byTerm = byFirst.get(term);
            Bucket[] byWord = word.equals(term) ? byTerm : byFirst.get(word);
            count = offer(byTerm == null ? null : byTerm[0], next == null ? null : next.term(), tokens, numbers, i, best,
                    touched, count);
            count = offer(byWord == null ? null : byWord[1], next == null ? null : next.word(), tokens, numbers, i, best,
                    touched, count);
            if (numbers.isNumber(i)) {
                int after = i + numbers.reading(i).tokens(); // the word after the number, however many tokens it spans
                Token second = after < tokens.size() ? tokens.get(after) : null;
                count = offer(numbersThenTerm, second == null ? null : second.term(), tokens, numbers, i, best, touched, count);
                count = offer(numbersThenWord, second == null ? null : second.word(), tokens, numbers, i, best, touched, count);
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

    /** A bucket's phrases that may match from token {@code i}: those whose second word is {@code second}, and the others. */
    private static int offer(Bucket bucket, String second, List<Token> tokens, TokenNumbers numbers, int i, int[] best,
            int[] touched, int count) {
        if (bucket == null) {
            return count;
        }
        // the words a bucket was found by match already, one token each: its first word, then its second (a phrase
        // starting with a number is found at any number, and its second word after however many tokens that spans)
        count = offer(bucket.others, tokens, numbers, i, best, touched, count, bucket.numbered ? 0 : 1);
        return second == null ? count
                : offer(bucket.bySecond.get(second), tokens, numbers, i, best, touched, count, bucket.numbered ? 0 : 2);
    }

    private static int offer(List<Entry> entries, List<Token> tokens, TokenNumbers numbers, int i, int[] best, int[] touched,
            int count, int known) {
        if (entries == null) {
            return count;
        }
        for (Entry e : entries) {
            int length = e.owner().matchLength(e.phrase(), tokens, i, numbers, known);
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
