package fr.vigie.processing.analysis;

import java.util.List;

/** "j'ai", "elle a", "il a": a person is the subject of the verb "avoir" at a token (for ages and births said of someone). */
final class PersonHas {

    private PersonHas() {
    }

    /** Whether the token at {@code verb} is "ai" (after j') or "a" after "elle" or "il". */
    static boolean at(List<Token> tokens, int verb) {
        String word = tokens.get(verb).word();
        return word.equals("ai") || word.equals("a") && verb >= 1
                && (tokens.get(verb - 1).word().equals("elle") || tokens.get(verb - 1).word().equals("il"));
    }
}
