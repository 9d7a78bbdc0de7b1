package fr.vigie.processing.analysis;

import java.util.List;
import java.util.Set;

/**
 * The words a moderator's note puts between a profile's field and its value: "Âge affiché sur le
 * profil : 16", "date de naissance indiquée sur la fiche : 03/01/2009", "âge renseigné dans la
 * bio : 15". They say where the value was read, not what it is, so the readers of ages and of dates
 * of birth look past them to the field's label. Folded words, as the analysis reads them.
 */
final class ShownOnAProfile {

    /** A participle saying the value is shown, and where ("sur le profil", "dans la bio"). */
    private static final Set<String> WORDS = Lookup.set(Set.of("affiche", "affichee", "indique", "indiquee",
            "renseigne", "renseignee", "declare", "declaree", "mentionne", "mentionnee", "inscrit", "inscrite",
            "visible", "sur", "dans", "le", "la", "l", "son", "sa", "du", "profil", "compte", "fiche", "bio", "page", "annonce"));
    /** The places a value is read from. */
    private static final Set<String> PLACES = Lookup.set(Set.of("profil", "compte", "fiche", "bio", "page", "annonce"));
    /** The most such words between a label and its value ("affiché sur son profil" is four). */
    private static final int LONGEST = 5;

    private ShownOnAProfile() {
    }

    static boolean isShownWord(Token token) {
        return WORDS.contains(token.word());
    }

    /**
     * The index of the token before the words saying where the value was shown, when such words end
     * right before token {@code i}, open with a participle, and either say where ("affiché sur le
     * profil") or end with a colon ("affiché : 16"): "âge | affiché sur le profil | 16". Else
     * {@code i - 1}: "âge affiché 18, âge réel 17" sets a shown age against the real one.
     */
    static int labelBefore(String original, List<Token> tokens, int i) {
        int k = i - 1;
        while (k >= 0 && i - 1 - k < LONGEST && isShownWord(tokens.get(k))) {
            k--;
        }
        if (k == i - 1 || k < 0) {
            return i - 1;
        }
        boolean colon = original.substring(tokens.get(i - 1).end(), tokens.get(i).start()).indexOf(':') >= 0;
        if (!isParticiple(tokens.get(k + 1).word())) {
            // no participle: the place alone, then a colon, as a form's field is copied ("âge du profil : 15", "âge sur
            // le profil : 16"); "le profil 15" says nothing of where a value was read
            return colon && namesAPlace(tokens, k + 1, i) ? k : i - 1;
        }
        boolean where = k + 1 < i - 1;
        return where || colon ? k : i - 1;
    }

    private static boolean namesAPlace(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (PLACES.contains(tokens.get(k).word())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the token is a participle saying a value is shown ("affichée", "indiqué", "renseigné"). */
    static boolean isParticiple(Token token) {
        return isShownWord(token) && isParticiple(token.word());
    }

    private static boolean isParticiple(String word) {
        return word.startsWith("affich") || word.startsWith("indiqu") || word.startsWith("renseign")
                || word.startsWith("declar") || word.startsWith("mentionn") || word.startsWith("inscrit")
                || word.equals("visible");
    }
}
