package fr.vigie.processing.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds phrases of a rule as consecutive analysed tokens. Phrases are run through the same
 * analyzer as the text, so a rule written "lycéenne" or "24h/24" matches "LYCEENNE" or
 * "24 h / 24" however disguised. Indexed by first token: one map look-up per token.
 */
final class PhraseMatcher {

    static final String NUMBER = "{num}";

    /** A match: tokens {@code [start, end)}. */
    record Match(int start, int end) {
    }

    private final RuleSet.MatchOn matchOn;
    private final Map<String, List<List<String>>> byFirst = new HashMap<>();
    private final List<List<String>> startingWithNumber = new ArrayList<>();

    PhraseMatcher(List<String> phrases, RuleSet.MatchOn matchOn, VigieFrenchAnalyzer analyzer) {
        this.matchOn = matchOn;
        for (String phrase : phrases) {
            var elements = new ArrayList<String>();
            for (String part : phrase.trim().split("\\s+")) {
                if (part.equals(NUMBER)) {
                    elements.add(NUMBER);
                } else {
                    analyzer.analyse(part).forEach(t -> elements.add(key(t)));
                }
            }
            if (elements.isEmpty()) {
                throw new IllegalArgumentException("phrase \"" + phrase + "\" has no words");
            }
            if (elements.getFirst().equals(NUMBER)) {
                startingWithNumber.add(List.copyOf(elements));
            } else {
                byFirst.computeIfAbsent(elements.getFirst(), k -> new ArrayList<>()).add(List.copyOf(elements));
            }
        }
    }

    List<Match> findAll(List<Token> tokens) {
        var matches = new ArrayList<Match>();
        for (int i = 0; i < tokens.size(); i++) {
            int best = -1;
            for (var phrase : byFirst.getOrDefault(key(tokens.get(i)), List.of())) {
                best = Math.max(best, matchLength(phrase, tokens, i));
            }
            if (isNumber(tokens.get(i))) {
                for (var phrase : startingWithNumber) {
                    best = Math.max(best, matchLength(phrase, tokens, i));
                }
            }
            if (best > 0) {
                matches.add(new Match(i, i + best));
            }
        }
        return matches;
    }

    private int matchLength(List<String> phrase, List<Token> tokens, int from) {
        if (from + phrase.size() > tokens.size()) {
            return -1;
        }
        for (int k = 0; k < phrase.size(); k++) {
            Token token = tokens.get(from + k);
            String element = phrase.get(k);
            boolean ok = element.equals(NUMBER) ? isNumber(token) : element.equals(key(token));
            if (!ok) {
                return -1;
            }
        }
        return phrase.size();
    }

    private String key(Token token) {
        return matchOn == RuleSet.MatchOn.WORD ? token.word() : token.term();
    }

    private static boolean isNumber(Token token) {
        return token.isNumber() || NumberWords.isNumberWord(token.word());
    }
}
