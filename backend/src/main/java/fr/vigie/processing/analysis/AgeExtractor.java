package fr.vigie.processing.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads ages on analysed tokens, where disguises are already undone: "16 ans", "16ans", "16a",
 * "1 6 ans", "1️⃣6️⃣ ans", "seize ans", "16 piges", "dix-sept ans", "15yo", "j'ai 15", "âge : 16".
 * Whether an age counts as a minor's is the rules' business; this only says what is written and
 * whether it is a range or a threshold, which are syntax, not policy.
 */
final class AgeExtractor {

    static final int MIN_AGE = 10;
    static final int MAX_AGE = 99;

    private static final Set<String> UNITS = Lookup.set(Set.of("ans", "an", "printemps", "yo", "years", "y", "a", "piges", "pige",
            "balais"));
    /** Units that are only an age when glued to the number ("16a"), never "16 à". */
    private static final Set<String> GLUED_ONLY = Lookup.set(Set.of("a", "y"));
    /** After "j'ai 15" these make it a count, not an age. */
    private static final Set<String> NOT_AN_AGE_AFTER = Lookup.set(Set.of("euro", "euros", "eur", "e", "h", "heures", "min",
            "minutes", "cm", "kg", "kilos", "m", "k", "fois", "enfants", "personnes", "clients", "abonnes",
            "followers", "jours", "semaines", "mois", "photos", "messages", "roses", "de", "sur", "x"));
    private static final Set<String> RANGE_WORDS = Lookup.set(Set.of("a", "au"));

    private AgeExtractor() {
    }

    static List<AgeMention> extract(String original, List<Token> tokens) {
        return extract(original, tokens, new TokenNumbers(tokens));
    }

    /** @param numbers the report's number readings, shared with the rule engine (read once per token) */
    static List<AgeMention> extract(String original, List<Token> tokens, TokenNumbers numbers) {
        var ages = new ArrayList<AgeMention>();
        int i = 0;
        while (i < tokens.size()) {
            var reading = numbers.reading(i);
            if (reading == null || reading.value() < MIN_AGE || reading.value() > MAX_AGE) {
                i++;
                continue;
            }
            int after = i + reading.tokens();
            int start = i;
            int end;
            if (after < tokens.size() && isUnit(original, tokens, after)) {
                end = after + 1;
            } else if (isAgePrefix(original, tokens, i) && !isCountAfter(tokens, after)) {
                start = tokens.get(i - 1).word().equals("de") ? i - 2 : i - 1;
                end = after;
            } else {
                i++;
                continue;
            }
            var evidence = Evidence.of(original, tokens.get(start).start(), tokens.get(end - 1).end());
            ages.add(new AgeMention(reading.value(), kind(original, tokens, i, after, end), evidence, start, end));
            i = end;
        }
        return ages;
    }

    private static boolean isUnit(String original, List<Token> tokens, int u) {
        Token unit = tokens.get(u);
        if (!UNITS.contains(unit.word())) {
            return false;
        }
        if (GLUED_ONLY.contains(unit.word())) {
            char c = Character.toLowerCase(original.charAt(unit.start()));
            return (c == 'a' || c == 'y') && tokens.get(u - 1).end() == unit.start();
        }
        return true;
    }

    /** "j'ai 15", "jai 15", "âge : 15", "âgée de 15". */
    private static boolean isAgePrefix(String original, List<Token> tokens, int i) {
        if (i < 1) {
            return false;
        }
        Token before = tokens.get(i - 1);
        String word = before.word();
        if (word.equals("ai")) {
            return original.substring(before.start(), before.end()).toLowerCase(Locale.ROOT).startsWith("j");
        }
        if (word.equals("de") && i >= 2) {
            word = tokens.get(i - 2).word();
            return word.equals("agee") || word.equals("age");
        }
        return word.equals("jai") || word.equals("age") || word.equals("agee");
    }

    private static boolean isCountAfter(List<Token> tokens, int after) {
        return after < tokens.size() && (tokens.get(after).isNumber() || NOT_AN_AGE_AFTER.contains(tokens.get(after).word()));
    }

    private static AgeMention.Kind kind(String original, List<Token> tokens, int number, int afterNumber, int end) {
        boolean numberBefore = number >= 1 && isNumberAt(tokens, number - 1)
                && isRangeDash(original.substring(tokens.get(number - 1).end(), tokens.get(number).start()));
        boolean linkedNumberBefore = number >= 2 && RANGE_WORDS.contains(tokens.get(number - 1).word())
                && isNumberAt(tokens, number - 2);
        boolean linkedAgeBefore = number >= 3 && RANGE_WORDS.contains(tokens.get(number - 1).word())
                && UNITS.contains(tokens.get(number - 2).word()) && isNumberAt(tokens, number - 3);
        boolean betweenAnd = number >= 3 && tokens.get(number - 1).word().equals("et")
                && isNumberAt(tokens, number - 2) && tokens.get(number - 3).word().equals("entre");
        boolean linkedNumberAfter = end + 1 < tokens.size() && RANGE_WORDS.contains(tokens.get(end).word())
                && isNumberAt(tokens, end + 1);
        if (numberBefore || linkedNumberBefore || linkedAgeBefore || betweenAnd || linkedNumberAfter) {
            return AgeMention.Kind.RANGE;
        }
        int start = tokens.get(number).start();
        int numberEnd = tokens.get(afterNumber - 1).end();
        char before = start > 0 ? original.charAt(start - 1) : ' ';
        char afterChar = numberEnd < original.length() ? original.charAt(numberEnd) : ' ';
        if (before == '+' || before == '-' || before == '<' || before == '>' || afterChar == '+') {
            return AgeMention.Kind.THRESHOLD;
        }
        if (number >= 1 && isAccentedA(original, tokens.get(number - 1))) {
            return AgeMention.Kind.AT_EVENT; // "à 17 ans" (but "elle a 17 ans" is stated: the verb has no accent)
        }
        return AgeMention.Kind.STATED;
    }

    /** The preposition "à" as written (folding makes it "a", like the verb "a"). */
    private static boolean isAccentedA(String original, Token token) {
        if (!token.word().equals("a")) {
            return false;
        }
        String written = java.text.Normalizer.normalize(original.substring(token.start(), token.end()),
                java.text.Normalizer.Form.NFC);
        return written.equals("à") || written.equals("À");
    }

    /** "15-17 ans", "15/17 ans"; but not "dans le 69, 17 ans". */
    private static boolean isRangeDash(String gap) {
        String dash = gap.strip();
        return dash.length() == 1 && "-‐‑–—/~".indexOf(dash.charAt(0)) >= 0;
    }

    private static boolean isNumberAt(List<Token> tokens, int i) {
        return tokens.get(i).isNumber() || NumberWords.isNumberWord(tokens.get(i).word());
    }
}
