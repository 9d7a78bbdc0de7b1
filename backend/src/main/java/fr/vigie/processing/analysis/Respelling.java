package fr.vigie.processing.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Spellings undone on a report's tokens before entities are read and rules matched, keeping
 * each token's range in the original text:
 * <ul>
 * <li>SMS spellings, from the rule set's {@code spellings} (data coordinators edit): "ds" →
 * "dans", "2m1" → "demain", "jme" → "je me";</li>
 * <li>letters repeated for emphasis ("mineuuure", "lycééénne"): a word with a letter three
 * times in a row is read as the word of the engine's vocabulary (the words of the rules'
 * phrases) that it equals once every run of a repeated letter is squeezed to one letter.
 * Squeezing both sides is what tells "lycéenne" (two e) from "mineure" (one u) without
 * guessing how many letters the writer meant.</li>
 * </ul>
 * Immutable and thread-safe.
 */
final class Respelling {

    /** Normalised word → the tokens it stands for (term and word; offsets are the original token's). */
    private final Map<String, List<Token>> spellings = new HashMap<>();
    /** Squeezed word → the vocabulary's token. */
    private final Map<String, Token> bySqueezed = new HashMap<>();
    /** No longer word is looked up (most words of a report are longer than any SMS spelling). */
    private int longestSpelling = -1;

    Respelling(Map<String, String> spellings, Collection<String> vocabulary, VigieFrenchAnalyzer analyzer) {
        spellings.forEach((variant, standard) -> {
            for (Token written : analyzer.analyse(variant)) {
                this.spellings.put(written.word(), analyzer.analyse(standard));
                longestSpelling = Math.max(longestSpelling, written.word().length());
            }
        });
        for (String phrase : vocabulary) {
            for (Token token : analyzer.analyse(phrase)) {
                bySqueezed.putIfAbsent(squeezed(token.word()), token);
            }
        }
    }

    /** The tokens respelled; the same list when nothing changes (most reports). */
    List<Token> apply(List<Token> tokens) {
        List<Token> out = null;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            List<Token> replacement = token.word().length() > longestSpelling ? null : spellings.get(token.word());
            if (replacement == null && hasTripleLetter(token.word())) {
                Token known = bySqueezed.get(squeezed(token.word()));
                replacement = known == null ? null : List.of(known);
            }
            if (replacement != null && out == null) {
                out = new ArrayList<>(tokens.subList(0, i));
            }
            if (replacement != null) {
                for (Token standard : replacement) {
                    out.add(new Token(standard.term(), standard.word(), token.start(), token.end()));
                }
            } else if (out != null) {
                out.add(token);
            }
        }
        return out == null ? tokens : out;
    }

    /** A letter three times in a row: an emphasis (the rare French word with one, "créée", is in no rule). */
    static boolean hasTripleLetter(String word) {
        for (int k = 2; k < word.length(); k++) {
            char c = word.charAt(k);
            if (c == word.charAt(k - 1) && c == word.charAt(k - 2) && Character.isLetter(c)) {
                return true;
            }
        }
        return false;
    }

    /** Every run of one repeated letter made one letter ("lyceeenne" and "lyceenne" → "lycene"). */
    static String squeezed(String word) {
        var out = new StringBuilder(word.length());
        for (int k = 0; k < word.length(); k++) {
            char c = word.charAt(k);
            if (k == 0 || c != word.charAt(k - 1) || !Character.isLetter(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
