package fr.vigie.processing.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The age a person looks, corrected by the age she has: "mes potes disent que je fais « à peine 16 ans », mais j'en ai
 * 26", "« Elle fait 15 ans », disent mes collègues de ma femme, qui en a 42". The younger age is only how she looks
 * ({@link AgeMention.Kind#REFERENCE}: shown, read by no rule); without such a correction an age one looks stays what a
 * witness says of someone ("elle faisait à peine 13 ans"), which presents her as much as "elle a 13 ans" does.
 */
final class AppearanceAge {

    /** Verbs of looking an age: "je fais", "elle fait", "elle paraît", "on lui donne". */
    private static final Set<String> LOOKS = Lookup.set(Set.of("fais", "fait", "faisait", "parais", "parait", "paraissait",
            "semble", "semblait", "donne", "donnent", "donnait"));
    /** How many words before an age its verb of looking may be ("je fais « à peine 16 ans »"). */
    private static final int VERB_REACH = 4;

    private AppearanceAge() {
    }

    static List<AgeMention> apply(List<Token> tokens, List<AgeMention> ages) {
        if (ages.size() < 2) {
            return ages; // the appearance and its correction: two ages at least
        }
        List<AgeMention> out = null;
        for (int i = 0; i < ages.size(); i++) {
            var looked = ages.get(i);
            if (looked.kind() != AgeMention.Kind.STATED || looked.value() >= MajorityAge.MAJORITY || !looksBefore(tokens, looked)
                    || !correctedAfter(tokens, ages, looked)) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(ages);
            }
            out.set(i, new AgeMention(looked.value(), AgeMention.Kind.REFERENCE, looked.evidence(), looked.firstToken(),
                    looked.endToken(), false));
        }
        return out == null ? ages : out;
    }

    private static boolean looksBefore(List<Token> tokens, AgeMention age) {
        for (int k = age.firstToken() - 1; k >= 0 && age.firstToken() - k <= VERB_REACH; k--) {
            if (LOOKS.contains(tokens.get(k).word())) {
                return true;
            }
        }
        return false;
    }

    /** An adult age after it said with "en" ("j'en ai 26", "qui en a 42"): the age the same person really has. */
    private static boolean correctedAfter(List<Token> tokens, List<AgeMention> ages, AgeMention looked) {
        for (var other : ages) {
            int first = other.firstToken();
            if (other.value() >= MajorityAge.MAJORITY && first > looked.firstToken()
                    && (enBefore(tokens, first) || enBefore(tokens, first + 1))) {
                return true;
            }
        }
        return false;
    }

    private static boolean enBefore(List<Token> tokens, int at) {
        return at >= 2 && at <= tokens.size() && tokens.get(at - 2).word().equals("en")
                && (tokens.get(at - 1).word().equals("ai") || tokens.get(at - 1).word().equals("a"));
    }
}
