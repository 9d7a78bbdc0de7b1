package fr.vigie.processing.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The numbers eleven to nineteen written by ear, as a young writer spells an age she has only
 * heard ("kinz an", "katorzan", "g sez an", "f trez paris", "dicet an", "diznef an"): a word is
 * read as a teen when its sound key ({@link #key}) is a teen's. The key is tighter than
 * {@link TolerantWords#key} on one point, the sound of s: z, a single s between vowels and x
 * before a vowel are z; s, ss, soft c and x before a consonant are s, so that "douce" is not
 * "douze", "très" not "treize", "ses" not "seize". A word is heard as a teen only where an age is
 * written: before "an"/"ans" (or glued to it: "kinzan"), or after a sex letter or "j'ai" as chat
 * profiles and SMS write them ("f kinz", "g sez"). The caller never asks for a word the engine
 * already knows or a common word. Immutable, thread-safe.
 */
final class HeardTeens {

    /**
     * The teens as written in standard French, and as French is commonly written by ear where the
     * standard spelling hides the sound ("dix-neuf" is said with a z).
     */
    private static final Map<String, List<String>> SPELLINGS = Map.of(
            "onze", List.of("onze"), "douze", List.of("douze"), "treize", List.of("treize"),
            "quatorze", List.of("quatorze"), "quinze", List.of("quinze"), "seize", List.of("seize"),
            "dix-sept", List.of("dix-sept"), "dix-huit", List.of("dix-huit"),
            "dix-neuf", List.of("dix-neuf", "diz-neuf"));
    /** Words an age unit is: "an", "ans" (a unit's typos are {@link TolerantWords}' business). */
    private static final Set<String> UNITS = Set.of("an", "ans");
    /** Words after which a chat profile or an SMS gives an age without its unit: a sex letter, "j'ai" as SMS writes it. */
    private static final Set<String> BEFORE_AN_AGE = Set.of("f", "h", "m", "g", "jai", "ai");
    /** Shortest teen by ear ("onz", "sez"). */
    private static final int SHORTEST = 3;

    /** Sound key → the teen's tokens as the analysis reads the standard word. */
    private final Map<String, List<Token>> byKey = new HashMap<>();
    /** "ans" as the analysis reads it, the unit a teen is glued to ("kinzan"). */
    private final List<Token> unit;

    HeardTeens(VigieFrenchAnalyzer analyzer) {
        this.unit = analyzer.analyse("ans");
        SPELLINGS.forEach((standard, spellings) -> {
            var tokens = analyzer.analyse(standard);
            for (String spelling : spellings) {
                String key = key(spelling.replace("-", ""));
                byKey.put(key, tokens);
            }
        });
    }

    /**
     * The standard tokens token {@code i} stands for when it is a teen heard where an age is
     * written, each with its range in the original text (a teen glued to its unit: the teen's
     * letters, then the unit's), else null.
     */
    List<Token> heard(List<Token> tokens, int i) {
        Token token = tokens.get(i);
        String word = token.word();
        if (word.length() < SHORTEST || !TolerantWords.lettersOnly(word)) {
            return null;
        }
        String next = i + 1 < tokens.size() ? tokens.get(i + 1).word() : "";
        String previous = i > 0 ? tokens.get(i - 1).word() : "";
        if (UNITS.contains(next) || BEFORE_AN_AGE.contains(previous)) {
            var teen = byKey.get(key(word));
            if (teen != null) {
                return at(teen, token.start(), token.end());
            }
        }
        // the unit's letters are the written word's last ones only where folding kept the word's length
        if (token.end() - token.start() == word.length()) {
            for (String unit : UNITS) {
                int cut = word.length() - unit.length();
                if (word.endsWith(unit) && cut >= SHORTEST) {
                    var teen = byKey.get(key(word.substring(0, cut)));
                    if (teen != null) {
                        var out = new ArrayList<>(at(teen, token.start(), token.start() + cut));
                        out.addAll(at(this.unit, token.start() + cut, token.end()));
                        return out;
                    }
                }
            }
        }
        return null;
    }

    private static List<Token> at(List<Token> standard, int start, int end) {
        var out = new ArrayList<Token>(standard.size());
        for (Token t : standard) {
            out.add(new Token(t.term(), t.word(), start, end));
        }
        return out;
    }

    /**
     * A French sound key of a folded, lower-case word, for numbers: qu and hard c as k, soft c as s,
     * ph as f, h dropped, y as i, ai, ei and eu as e, the sound z (z, s between vowels, x before a
     * vowel) apart from the sound s (s, ss, soft c, x before a consonant), p before t silent
     * ("sept"), doubled letters once, a final mute e dropped.
     */
    static String key(String word) {
        String w = word.replace("h", "").replace("qu", "k").replace("ph", "f").replace('y', 'i')
                .replace("oeu", "e").replace("eu", "e").replace("ai", "e").replace("ei", "e");
        var out = new StringBuilder(w.length());
        int n = w.length();
        for (int i = 0; i < n; i++) {
            char c = w.charAt(i);
            char previous = i > 0 ? w.charAt(i - 1) : 0;
            char next = i + 1 < n ? w.charAt(i + 1) : 0;
            char sound = switch (c) {
                case 'c' -> next == 'e' || next == 'i' ? 's' : 'k';
                case 'x' -> TolerantWords.isVowel(next) ? 'z' : 's';
                case 's' -> TolerantWords.isVowel(previous) && TolerantWords.isVowel(next) ? 'z' : 's';
                case 'p' -> next == 't' ? 0 : 'p';
                default -> c;
            };
            if (sound != 0 && (out.isEmpty() || out.charAt(out.length() - 1) != sound)) {
                out.append(sound);
            }
        }
        if (out.length() > SHORTEST && out.charAt(out.length() - 1) == 'e') {
            out.setLength(out.length() - 1);
        }
        return out.toString();
    }
}
