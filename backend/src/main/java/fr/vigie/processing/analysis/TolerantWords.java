package fr.vigie.processing.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.util.automaton.Automaton;
import org.apache.lucene.util.automaton.CharacterRunAutomaton;
import org.apache.lucene.util.automaton.LevenshteinAutomata;
import org.apache.lucene.util.automaton.Operations;

/**
 * Words that carry a decision (the rule set's {@code tolerant} words: age units, school and
 * majority words, availability) recognised when they are misspelt, so that a typo does not lower
 * a band ("16 asn", "colégienne", "lisséenne", "disponnible"):
 * <ul>
 * <li><b>as heard</b>: a word of five letters or more whose French sound key ({@link #key}: y as i,
 * c and ss as s, qu and hard c as k, soft g as j, ph as f, doubled consonants once, silent final
 * s or x dropped) is the key of a tolerant word;</li>
 * <li><b>one slip of the keyboard</b>: a word of seven letters or more, with the same first letter,
 * whose sound key is one letter away (a letter dropped, doubled, changed, or two letters swapped:
 * Damerau–Levenshtein 1) from the key of a tolerant word of seven letters or more. Lucene's
 * {@link LevenshteinAutomata} for all the keys, made one deterministic automaton, answers in one
 * pass over the word whether any is near, so the common case (no) costs a walk of the word;</li>
 * <li><b>a unit after a number</b>: a short tolerant word ("ans") is read from a word of its length
 * or one more, same first letter, same vowels, one slip away, only right after a number ("16 asn",
 * "15 ams").</li>
 * </ul>
 * Length guards keep short words apart (no short word is tolerated except as a unit); a word of
 * the vocabulary or a common word is never respelled (the caller checks). Immutable, thread-safe.
 */
final class TolerantWords {

    /** Shortest word read by its sound key. */
    static final int SHORTEST_HEARD = 5;
    /** Shortest word (and tolerant word) read one slip away: shorter words have too many neighbours. */
    static final int SHORTEST_SLIP = 7;
    /** Tolerant words shorter than this are units, read only after a number. */
    private static final int SHORTEST_WORD = 5;

    static final TolerantWords NONE = new TolerantWords(List.of(), new VigieFrenchAnalyzer());

    /** Sound key → the tolerant word's token. */
    private final Map<String, Token> byKey = new HashMap<>();
    /** Keys of SHORTEST_SLIP letters or more, by first letter, for the slow check after the automaton said yes. */
    private final Map<Character, List<String>> slipKeys = new HashMap<>();
    private final List<Token> units = new ArrayList<>();
    /** Accepts every string one slip from a long key; null when there is none. */
    private final CharacterRunAutomaton nearALongKey;

    TolerantWords(Collection<String> words, VigieFrenchAnalyzer analyzer) {
        var automata = new ArrayList<Automaton>();
        for (String written : words) {
            for (Token token : analyzer.analyse(written)) {
                String word = token.word();
                if (token.isNumber()) {
                    continue;
                }
                if (word.length() < SHORTEST_WORD) {
                    units.add(token);
                    continue;
                }
                String key = key(word);
                if (byKey.putIfAbsent(key, token) == null && key.length() >= SHORTEST_SLIP) {
                    slipKeys.computeIfAbsent(key.charAt(0), c -> new ArrayList<>()).add(key);
                    automata.add(new LevenshteinAutomata(key, true).toAutomaton(1));
                }
            }
        }
        nearALongKey = automata.isEmpty() ? null
                : new CharacterRunAutomaton(Operations.determinize(Operations.union(automata),
                        Operations.DEFAULT_DETERMINIZE_WORK_LIMIT));
    }

    boolean isEmpty() {
        return byKey.isEmpty() && units.isEmpty();
    }

    /** The tolerant word a word (not itself known) stands for, or null; {@code afterNumber}: a number precedes it. */
    Token respelled(String word, boolean afterNumber) {
        int length = word.length();
        if (afterNumber && length <= 4) {
            for (Token unit : units) {
                String u = unit.word();
                if (length >= u.length() && length <= u.length() + 1 && word.charAt(0) == u.charAt(0)
                        && withinOneSlip(word, u) && lettersOnly(word) && vowels(word).equals(vowels(u))) {
                    return unit;
                }
            }
        }
        if (length < SHORTEST_HEARD || !lettersOnly(word)) {
            return null;
        }
        String key = key(word);
        Token heard = byKey.get(key);
        if (heard != null) {
            return heard;
        }
        if (length < SHORTEST_SLIP || nearALongKey == null || key.length() < SHORTEST_SLIP - 1
                || !nearALongKey.run(key)) {
            return null;
        }
        var candidates = slipKeys.get(key.charAt(0));
        if (candidates != null) {
            for (String candidate : candidates) {
                if (withinOneSlip(key, candidate)) {
                    return byKey.get(candidate);
                }
            }
        }
        return null;
    }

    /** The vowels of a word in order: a unit's slip touches its consonants ("asn", "ams"), "ana" or "anse" is another word. */
    private static String vowels(String word) {
        var out = new StringBuilder(2);
        for (int k = 0; k < word.length(); k++) {
            if (isVowel(word.charAt(k)) || word.charAt(k) == 'y') {
                out.append(word.charAt(k));
            }
        }
        return out.toString();
    }

    /** Whether the word is lower-case ASCII letters only (folded: no digit, no sign). */
    static boolean lettersOnly(String word) {
        for (int k = 0; k < word.length(); k++) {
            char c = word.charAt(k);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return true;
    }

    /**
     * A French sound key of a folded, lower-case word: y as i, ph as f, qu and hard c as k, soft c
     * (before e, i, y) and ss as s, soft g as j, gu before e or i as g, ch as one sound, h dropped,
     * w as v, z as s, doubled consonants once, a final s or x dropped (vowels stay as
     * written: "lycéenne" is not "lycéen" by sound, and "lisent" is no "lycéen").
     */
    static String key(String word) {
        // an array and a length, not a StringBuilder: this runs for every word of five letters or more of every report
        int n = word.length();
        char[] out = new char[n];
        int length = 0;
        for (int i = 0; i < n; i++) {
            char c = word.charAt(i);
            char next = i + 1 < n ? word.charAt(i + 1) : 0;
            char sound;
            switch (c) {
                case 'y' -> sound = 'i';
                case 'h' -> {
                    continue;
                }
                case 'w' -> sound = 'v';
                case 'z' -> sound = 's';
                case 'p' -> {
                    sound = next == 'h' ? 'f' : 'p';
                    if (next == 'h') {
                        i++;
                    }
                }
                case 'q' -> {
                    sound = 'k';
                    if (next == 'u') {
                        i++;
                    }
                }
                case 'c' -> {
                    if (next == 'h') {
                        sound = '#';
                        i++;
                    } else if (next == 'e' || next == 'i' || next == 'y') {
                        sound = 's';
                    } else {
                        sound = 'k';
                    }
                }
                case 'g' -> {
                    if (next == 'e' || next == 'i' || next == 'y') {
                        sound = 'j';
                    } else {
                        sound = 'g';
                        char after = i + 2 < n ? word.charAt(i + 2) : 0;
                        if (next == 'u' && (after == 'e' || after == 'i')) {
                            i++;
                        }
                    }
                }
                default -> sound = c;
            }
            int last = length - 1;
            if (last >= 0 && out[last] == sound && !isVowel(sound)) {
                continue; // doubled consonants once ("collège", "colège")
            }
            out[length++] = sound;
        }
        for (int dropped = 0; dropped < 2 && length > 4; dropped++) {
            char last = out[length - 1];
            if (last != 's' && last != 'x') { // a plural; a final t or d tells words apart ("brève", "brevet")
                break;
            }
            length--;
        }
        return new String(out, 0, length);
    }

    static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }

    /** Optimal string alignment distance ≤ 1: one letter inserted, dropped, changed, or two neighbours swapped. */
    static boolean withinOneSlip(String a, String b) {
        int la = a.length();
        int lb = b.length();
        if (Math.abs(la - lb) > 1) {
            return false;
        }
        int i = 0;
        while (i < la && i < lb && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (i == la && i == lb) {
            return true;
        }
        if (la == lb) {
            if (a.regionMatches(i + 1, b, i + 1, la - i - 1)) {
                return true; // one letter changed
            }
            return i + 1 < la && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.regionMatches(i + 2, b, i + 2, la - i - 2); // two neighbours swapped
        }
        return la > lb ? a.regionMatches(i + 1, b, i, lb - i) : b.regionMatches(i + 1, a, i, la - i);
    }
}
