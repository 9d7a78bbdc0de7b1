package fr.vigie.processing.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * School levels named in the text (collège, lycée, 3e…, seconde, première, terminale, "en
 * cours"). Facts for the worker; whether they make a minor is decided by the rules, which know
 * the contexts (tutoring, "seconde main") where they do not.
 */
final class SchoolLevelExtractor {

    /** A school level found in the text, with its canonical French name. */
    record SchoolLevel(String level, Evidence evidence) {
    }

    private static final Map<String, String> WORDS = Lookup.map(Map.ofEntries(
            Map.entry("lycee", "lycée"), Map.entry("lyceen", "lycée"), Map.entry("lyceenne", "lycée"),
            Map.entry("lyceens", "lycée"), Map.entry("lyceennes", "lycée"), Map.entry("college", "collège"),
            Map.entry("collegien", "collège"), Map.entry("collegienne", "collège"), Map.entry("terminale", "terminale")));
    /** Ordinals that are a class only after "en" ("en seconde", not "une seconde"). */
    private static final Map<String, String> AFTER_EN = Lookup.map(Map.of("seconde", "seconde", "premiere", "première",
            "troisieme", "3e", "quatrieme", "4e", "cinquieme", "5e", "sixieme", "6e"));
    private static final Set<String> ORDINAL_SUFFIXES = Lookup.set(Set.of("e", "eme", "ieme", "ere", "re", "nde", "nd"));

    private static final Set<String> BEFORE_COURS = Lookup.set(Set.of("en", "les", "des"));

    private SchoolLevelExtractor() {
    }

    static List<SchoolLevel> extract(String original, List<Token> tokens) {
        var levels = new ArrayList<SchoolLevel>();
        for (int i = 0; i < tokens.size(); i++) {
            String word = tokens.get(i).word();
            String level = WORDS.get(word);
            int end = i;
            if (level == null && i >= 1 && tokens.get(i - 1).word().equals("en")) {
                level = AFTER_EN.get(word);
                if (level == null && tokens.get(i).isNumber() && i + 1 < tokens.size()
                        && ORDINAL_SUFFIXES.contains(tokens.get(i + 1).word())) {
                    level = numberedClass(tokens.get(i).intValue());
                    end = i + 1;
                }
            }
            if (level == null && word.equals("cours") && i >= 1 && BEFORE_COURS.contains(tokens.get(i - 1).word())) {
                level = "en cours";
            }
            if (level != null) {
                levels.add(new SchoolLevel(level, Evidence.of(original, tokens.get(i).start(), tokens.get(end).end())));
                i = end;
            }
        }
        return levels;
    }

    private static String numberedClass(int n) {
        return switch (n) {
            case 1 -> "première";
            case 2 -> "seconde";
            case 3, 4, 5, 6 -> n + "e";
            default -> null;
        };
    }
}
