package fr.vigie.processing.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * An age written in Roman numerals before its unit ("XVI ans", "xvii ans"): a disguise of the
 * digits, read only before an age unit, so "Louis XVI" or "le XIXe siècle" stay words. Runs only
 * at a token that opens with x and is followed by "ans".
 */
final class RomanAge {

    private RomanAge() {
    }

    static List<AgeMention> extract(String original, List<Token> tokens) {
        List<AgeMention> ages = null;
        for (int i = 0; i + 1 < tokens.size(); i++) {
            String word = tokens.get(i).word();
            if (word.isEmpty() || word.charAt(0) != 'x' || word.length() > 5) {
                continue;
            }
            String unit = tokens.get(i + 1).word();
            if (!unit.equals("ans") && !unit.equals("an")) {
                continue;
            }
            int value = teen(word);
            if (value < 0) {
                continue;
            }
            if (ages == null) {
                ages = new ArrayList<>();
            }
            int start = tokens.get(i).start();
            boolean alone = i == 0 || ",;:(|.!?\n—-".indexOf(gapMark(original, tokens.get(i - 1).end(), start)) >= 0;
            ages.add(new AgeMention(value, AgeMention.Kind.STATED, Evidence.of(original, start, tokens.get(i + 1).end()),
                    i, i + 2, alone || AgeExtractor.isPersonWord(tokens.get(i - 1).word())));
        }
        return ages == null ? List.of() : ages;
    }

    /** X to XIX (10–19) and XX (20), or -1. */
    static int teen(String word) {
        String rest = word.substring(1);
        int units = switch (rest) {
            case "" -> 0;
            case "i" -> 1;
            case "ii" -> 2;
            case "iii" -> 3;
            case "iv" -> 4;
            case "v" -> 5;
            case "vi" -> 6;
            case "vii" -> 7;
            case "viii" -> 8;
            case "ix" -> 9;
            case "x" -> 10;
            default -> -1;
        };
        return units < 0 ? -1 : 10 + units;
    }

    private static char gapMark(String original, int from, int to) {
        for (int c = from; c < to; c++) {
            if (!Character.isWhitespace(original.charAt(c))) {
                return original.charAt(c);
            }
        }
        return ' ';
    }
}
