package fr.vigie.processing.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * A hashtag is a phrase written without its spaces ("#seizeans", "#PasEncoreMajeure",
 * "#jeunefille"): its body is split into words the engine knows (the rules' vocabulary, number
 * words, common words), the fewest pieces first, every piece two letters or more, so that the
 * phrase inside reaches the rules like any phrase. A body that is a word itself, or that does not
 * split wholly into known words ("#bordeaux", "#fordescort"), stays as written. Stateless.
 */
final class HashtagWords {

    /** Shortest piece: one-letter "words" would split anything. */
    private static final int SHORTEST_PIECE = 2;
    /** Most pieces: a longer phrase in a hashtag is rare, and more pieces are more guesses. */
    private static final int MOST_PIECES = 5;
    /** Longest body split (bounds the work on a pasted blob after a #). */
    private static final int LONGEST_BODY = 40;

    private HashtagWords() {
    }

    /** Whether the token is a hashtag's body: right after a '#'. */
    static boolean isHashtag(Token token, String original) {
        return token.start() > 0 && token.start() <= original.length() && original.charAt(token.start() - 1) == '#';
    }

    /** The words of a hashtag's body, or null if it is a word or does not split into known words. */
    static List<String> split(String body, Predicate<String> known) {
        return split(body, known, MOST_PIECES);
    }

    /** The same with another bound on the pieces (words glued in prose: {@link Respelling}). */
    static List<String> split(String body, Predicate<String> known, int mostPieces) {
        int n = body.length();
        if (n < 2 * SHORTEST_PIECE || n > LONGEST_BODY || known.test(body)) {
            return null;
        }
        // pieces[k]: fewest pieces for body[0, k); from[k]: where its last piece starts
        int[] pieces = new int[n + 1];
        int[] from = new int[n + 1];
        java.util.Arrays.fill(pieces, Integer.MAX_VALUE);
        pieces[0] = 0;
        for (int end = SHORTEST_PIECE; end <= n; end++) {
            for (int start = end - SHORTEST_PIECE; start >= 0; start--) {
                if (pieces[start] == Integer.MAX_VALUE || pieces[start] + 1 >= pieces[end]
                        || !known.test(body.substring(start, end))) {
                    continue;
                }
                pieces[end] = pieces[start] + 1;
                from[end] = start;
            }
        }
        if (pieces[n] == Integer.MAX_VALUE || pieces[n] < 2 || pieces[n] > mostPieces) {
            return null;
        }
        var words = new ArrayList<String>(pieces[n]);
        for (int end = n; end > 0; end = from[end]) {
            words.addFirst(body.substring(from[end], end));
        }
        return words;
    }
}
