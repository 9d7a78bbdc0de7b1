package fr.vigie.processing.analysis;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A year that answers a question about the year someone was born, in a dialogue or a pasted chat
 * ("[18:02] tu es de quelle année ? / [18:03] 2010 et toi", "t'es née en quelle année ? — 2009"):
 * the year opens the reply (right after the question mark, or at the start of its own line after a
 * timestamp, a speaker's name and a colon, or a dash) and stands alone or is followed by "et toi";
 * the question, on one line, asks for a year ("quelle année", "née en", "what year"). In a dialogue
 * the answer is the year of birth of the one asked.
 */
final class YearAnswer {

    /** What may open a reply before the year: a timestamp, a speaker's name, a colon, a dash. */
    private static final Pattern OPENING = Pattern.compile(
            "(?u)^(?:\\[?\\d{1,2}[:h]\\d{2}\\]?\\s*)?(?:[\\p{L}\\p{N}_.]{1,30}\\s*:)?\\s*[—–\\-:«“\"]?\\s*$");
    /** A question asking for a year of birth. */
    private static final Pattern ASKS_A_YEAR = Pattern.compile(
            "(?iu)(?:quelle\\s+ann[ée]e|n[ée]e?\\s+en\\s+quelle|n[ée]e?\\s+en\\s*\\?|what\\s+year|ann[ée]e\\s+de\\s+naissance)");
    /** What may follow the year: a pause or the end, or "et toi". */
    private static final Pattern CLOSING = Pattern.compile("(?iu)^\\s*(?:$|[,.;!?\\n)»”\"|]|et\\s+(?:toi|vous)\\b)");

    private YearAnswer() {
    }

    /** Whether the token {@code i} (a year) answers a question about a year of birth. */
    static boolean answers(String original, List<Token> tokens, int i) {
        Token year = tokens.get(i);
        int question = original.lastIndexOf('?', year.start() - 1);
        if (question < 0 || year.start() - question > AgeExtractor.QUESTION_REACH) { // as far back as an age's question
            return false;
        }
        if (!CLOSING.matcher(original.substring(year.end(), Math.min(original.length(), year.end() + 10))).find()) {
            return false;
        }
        int lineStart = original.lastIndexOf('\n', year.start() - 1) + 1;
        String opening = original.substring(Math.max(lineStart, question + 1), year.start());
        if (!OPENING.matcher(opening).matches()) {
            return false;
        }
        int questionLine = original.lastIndexOf('\n', question - 1) + 1;
        return ASKS_A_YEAR.matcher(original.substring(questionLine, question + 1)).find();
    }
}
