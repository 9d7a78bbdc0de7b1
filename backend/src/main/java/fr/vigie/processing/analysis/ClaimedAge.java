package fr.vigie.processing.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * An age shown or claimed against the real one: "je dis 25 ans, en vrai 18", "âge affiché 20 ans,
 * âge réel 16", "on me donne 16 ans mais j'ai 23". When the text gives another age of the same
 * person, the one said after a verb of claiming or showing (dire, mettre, afficher, annoncer,
 * donner) or placed on a profile is what she pretends, not what she is: it becomes a
 * {@code PAST}-like age no rule reads as the person's ({@code PAST}: nothing says it is her age now).
 * Runs only where a claiming word is in the text.
 */
final class ClaimedAge {

    /** Verbs of claiming or showing an age, and the participles of a profile's shown age. */
    private static final ExtractorWords.WordList CLAIMING = ExtractorWords.list("claimingAnAge");
    /** After the age: "sur le profil", "sur mon annonce", "sur l'appli". */
    private static final ExtractorWords.WordList SHOWN_ON = ExtractorWords.list("shownOn");
    private static final int BEFORE = 3;
    private static final int AFTER = 4;

    private ClaimedAge() {
    }

    static List<AgeMention> apply(List<Token> tokens, List<AgeMention> ages) {
        if (ages.size() < 2) {
            return ages; // a claim is only told from the real age when the text gives both
        }
        List<AgeMention> out = null;
        for (int a = 0; a < ages.size(); a++) {
            AgeMention age = ages.get(a);
            if (age.kind() != AgeMention.Kind.STATED || !claimed(tokens, age)) {
                continue;
            }
            boolean realOneToo = false;
            for (AgeMention other : ages) {
                realOneToo |= other != age && other.kind() == AgeMention.Kind.STATED && other.value() != age.value()
                        && !claimed(tokens, other);
            }
            if (realOneToo) {
                if (out == null) {
                    out = new ArrayList<>(ages);
                }
                out.set(a, new AgeMention(age.value(), AgeMention.Kind.PAST, age.evidence(), age.firstToken(),
                        age.endToken(), age.presented()));
            }
        }
        return out == null ? ages : out;
    }

    private static boolean claimed(List<Token> tokens, AgeMention age) {
        for (int k = Math.max(0, age.firstToken() - BEFORE); k < age.firstToken(); k++) {
            if (CLAIMING.contains(tokens.get(k).word())) {
                return true;
            }
        }
        for (int k = age.endToken(); k < Math.min(tokens.size(), age.endToken() + AFTER); k++) {
            if (SHOWN_ON.contains(tokens.get(k).word())) {
                return true;
            }
        }
        return false;
    }
}
