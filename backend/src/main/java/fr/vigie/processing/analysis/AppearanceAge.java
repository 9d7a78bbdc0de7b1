package fr.vigie.processing.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The age a person looks, corrected by the age she has: "mes potes disent que je fais « à peine 16 ans », mais j'en ai
 * 26", "« Elle fait 15 ans », disent mes collègues de ma femme, qui en a 42". The younger age is only how she looks
 * ({@link AgeMention.Kind#REFERENCE}: shown, read by no rule); without such a correction an age one looks stays what a
 * witness says of someone ("elle faisait à peine 13 ans"), which presents her as much as "elle a 13 ans" does. An adult
 * age one looks, denied at once by being a minor ("jfais genre 20 ans mais jsuis mineure"), is only how she looks too:
 * it is no adult age that would clear the minor word.
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
        if (ages.isEmpty()) {
            return ages;
        }
        List<AgeMention> out = null;
        for (int i = 0; i < ages.size(); i++) {
            var looked = ages.get(i);
            if (looked.kind() != AgeMention.Kind.STATED || !looksBefore(tokens, looked)) {
                continue;
            }
            boolean corrected = looked.value() < MajorityAge.MAJORITY ? correctedAfter(tokens, ages, looked)
                    : minorButLooksOlder(tokens, looked);
            if (!corrected) {
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

    /** Words that say the person is a minor, after "mais" ("… 20 ans mais je suis mineure"). */
    private static final Set<String> MINOR = Lookup.set(Set.of("mineure", "mineur"));
    /** How many words after the age "mais" and the minor word may come. */
    private static final int MINOR_REACH = 5;

    /**
     * A minor word and the adult age one looks, "mais" between them, a few words apart: "… 20 ans mais je suis mineure",
     * "jsuis mineure mais jfais genre 20 ans": the real age is a minor's.
     */
    private static boolean minorButLooksOlder(List<Token> tokens, AgeMention looked) {
        int but = looked.endToken();
        if (but < tokens.size() && tokens.get(but).word().equals("mais")) {
            for (int k = but + 1; k < tokens.size() && k <= but + MINOR_REACH; k++) {
                if (MINOR.contains(tokens.get(k).word())) {
                    return true;
                }
            }
        }
        for (int k = looked.firstToken() - 1; k >= 1 && looked.firstToken() - k <= MINOR_REACH; k--) {
            if (tokens.get(k).word().equals("mais")) {
                for (int m = k - 1; m >= 0 && k - m <= MINOR_REACH; m--) {
                    if (MINOR.contains(tokens.get(m).word())) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    private static boolean enBefore(List<Token> tokens, int at) {
        return at >= 2 && at <= tokens.size() && tokens.get(at - 2).word().equals("en")
                && (tokens.get(at - 1).word().equals("ai") || tokens.get(at - 1).word().equals("a"));
    }
}
