package fr.vigie.processing.analysis;

import java.util.List;
import java.util.Set;

/**
 * "Notre crêperie fête ses quinze ans", "le club célèbre ses 16 ans": years said with "ses" of a
 * subject that is a thing (a determiner, then a noun that names no person) are how old the thing
 * is, not a person's age. The subject is read right before the verb; a person ("la petite fête ses
 * 15 ans") or kin ("ma fille…": not these determiners) keeps the age.
 */
final class AnniversaryOfAThing {

    private static final Set<String> VERBS = Lookup.set(Set.of("fete", "celebre", "souffle", "feteront", "fetera"));
    /** Determiners of a thing's name; "ma", "mon", "mes" are left out: kin and friends are named with them. */
    private static final Set<String> DETERMINERS = Lookup.set(Set.of("notre", "votre", "le", "la", "l", "leur"));

    private AnniversaryOfAThing() {
    }

    /** Whether the number at {@code number} is the years of a thing, per the subject before "ses". */
    static boolean at(String original, List<Token> tokens, int number, ExtractorWords.WordList personWords) {
        if (number < 4 || !tokens.get(number - 1).word().equals("ses") || !VERBS.contains(tokens.get(number - 2).word())) {
            return false;
        }
        Token noun = tokens.get(number - 3);
        Token determiner = tokens.get(number - 4);
        return DETERMINERS.contains(determiner.word()) && !noun.isNumber()
                && Character.isLowerCase(original.codePointAt(noun.start())) && !personWords.contains(noun.word())
                && Sentences.same(original, tokens, number - 4, number);
    }
}
