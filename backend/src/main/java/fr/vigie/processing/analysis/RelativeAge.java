package fr.vigie.processing.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Ages given by arithmetic on another age of the same sentence: a difference ("j'ai deux ans de
 * moins que ma sœur qui en a 18" → 16, "mon frère a 20 ans, moi quatre ans de moins" → 16, "ma sœur a 19 ans et moi quatre de moins" → 15), a
 * half or a double ("mon cousin a 30 ans et moi la moitié" → 15, "j'ai le double de l'âge de mon
 * frère qui a 12 ans" → 24), a sum ("14+2 ans" → 16). The age counted from becomes a
 * {@code REFERENCE}: it is shown, but it is the yardstick's age, not the writer's, so no rule
 * reads it as the person offered.
 */
final class RelativeAge {

    private static final Set<String> YEARS = Lookup.set(Set.of("an", "ans"));
    private static final int MAX_DIFFERENCE = 40;
    /** A difference without its unit ("quatre de moins") is one of years only when small and in words. */
    private static final int MAX_UNSTATED_DIFFERENCE = 10;

    private RelativeAge() {
    }

    static List<AgeMention> apply(String original, List<Token> tokens, TokenNumbers numbers, List<AgeMention> ages) {
        if (!mayCount(original, tokens)) {
            return ages; // most reports: no arithmetic word at all, and this runs on every one
        }
        List<AgeMention> out = null;
        for (int i = 0; i < tokens.size(); i++) {
            String word = tokens.get(i).word();
            AgeMention found = null;
            int first = i;
            int end = i + 1;
            if ((word.equals("moitie") || word.equals("double")) && i >= 1
                    && tokens.get(i - 1).word().equals(word.equals("moitie") ? "la" : "le")) { // not "chambre double"
                var reference = nearest(original, tokens, out == null ? ages : out, i, i + 1);
                if (reference != null) {
                    found = reference;
                }
            } else if (numbers.isNumber(i)) {
                var count = numbers.reading(i);
                int unit = i + count.tokens();
                if (count.value() >= 1 && count.value() <= MAX_DIFFERENCE && unit + 2 < tokens.size()
                        && YEARS.contains(tokens.get(unit).word()) && tokens.get(unit + 1).word().equals("de")
                        && isMoreOrLess(tokens.get(unit + 2).word())) {
                    end = unit + 3; // "deux ans de moins (que…)"
                    found = nearest(original, tokens, out == null ? ages : out, i, end);
                } else if (count.value() >= 1 && count.value() <= MAX_UNSTATED_DIFFERENCE && unit + 1 < tokens.size()
                        && tokens.get(unit).word().equals("de") && isMoreOrLess(tokens.get(unit + 1).word())
                        && !tokens.get(i).isNumber()) {
                    end = unit + 2; // "moi quatre de moins": the years said by the other age of the sentence
                    found = nearest(original, tokens, out == null ? ages : out, i, end);
                } else if (isSum(original, tokens, numbers, i, unit)) {
                    int second = unit;
                    int value = count.value() + numbers.reading(second).value();
                    end = second + numbers.reading(second).tokens();
                    end += end < tokens.size() && YEARS.contains(tokens.get(end).word()) ? 1 : 0;
                    out = replaced(out == null ? ages : out, null, new AgeMention(value, AgeMention.Kind.STATED,
                            Evidence.of(original, tokens.get(i).start(), tokens.get(end - 1).end()), i, end, true));
                    i = end - 1;
                    continue;
                }
            }
            if (found == null) {
                continue;
            }
            int value = switch (word) {
                case "moitie" -> found.value() / 2;
                case "double" -> found.value() * 2;
                default -> tokens.get(end - 1).word().equals("moins") ? found.value() - numbers.reading(i).value()
                        : found.value() + numbers.reading(i).value();
            };
            if (value < AgeExtractor.MIN_AGE || value > AgeExtractor.MAX_AGE) {
                continue;
            }
            var reference = new AgeMention(found.value(), AgeMention.Kind.REFERENCE, found.evidence(), found.firstToken(),
                    found.endToken(), false);
            var counted = new AgeMention(value, AgeMention.Kind.STATED,
                    Evidence.of(original, tokens.get(first).start(), tokens.get(end - 1).end()), first, end, true);
            out = replaced(replaced(out == null ? ages : out, found, reference), null, counted);
            i = end - 1;
        }
        return out == null ? ages : out;
    }

    /** A plus sign, or one of the words of a difference, a half or a double. */
    private static boolean mayCount(String original, List<Token> tokens) {
        if (original.indexOf('+') >= 0) {
            return true;
        }
        for (Token token : tokens) {
            String word = token.word();
            if (word.length() >= 4 && (isMoreOrLess(word) || word.equals("moitie") || word.equals("double"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isMoreOrLess(String word) {
        return word.equals("moins") || word.equals("plus");
    }

    /** "14+2 ans": a number of years, a plus sign, a unit of years. */
    private static boolean isSum(String original, List<Token> tokens, TokenNumbers numbers, int i, int second) {
        if (second >= tokens.size() || !numbers.isNumber(second) || numbers.reading(i).value() < AgeExtractor.MIN_AGE) {
            return false;
        }
        int value = numbers.reading(second).value();
        return value >= 1 && value < 10 && original.substring(tokens.get(i).end(), tokens.get(second).start()).strip().equals("+");
    }

    /** The stated age nearest to tokens {@code [from, to)} in the same sentence, outside them; null if none. */
    private static AgeMention nearest(String original, List<Token> tokens, List<AgeMention> ages, int from, int to) {
        AgeMention best = null;
        int distance = Integer.MAX_VALUE;
        for (AgeMention age : ages) {
            if (age.kind() != AgeMention.Kind.STATED || age.endToken() > from && age.firstToken() < to) {
                continue;
            }
            int d = age.endToken() <= from ? from - age.endToken() : age.firstToken() - to;
            if (d < distance && Sentences.same(original, tokens, age.firstToken(), from)) {
                best = age;
                distance = d;
            }
        }
        return best;
    }

    /** The list with {@code old} replaced by {@code by} (or {@code by} added, in token order, when {@code old} is null). */
    private static List<AgeMention> replaced(List<AgeMention> ages, AgeMention old, AgeMention by) {
        var out = new ArrayList<AgeMention>(ages.size() + 1);
        for (AgeMention age : ages) {
            if (age == old) {
                out.add(by);
            } else if (old != null || age.endToken() <= by.firstToken() || age.firstToken() >= by.endToken()) {
                out.add(age); // an age read inside the arithmetic ("12 ans de moins") is its term, not an age
            }
        }
        if (old == null) {
            out.add(by);
            out.sort((a, b) -> Integer.compare(a.firstToken(), b.firstToken()));
        }
        return out;
    }
}
