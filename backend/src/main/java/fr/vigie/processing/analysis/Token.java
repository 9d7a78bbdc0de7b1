package fr.vigie.processing.analysis;

/**
 * One analysed token: {@code term} is the stem rules match on, {@code word} the normalised word
 * before stemming, {@code start}/{@code end} the range of the ORIGINAL text it comes from.
 * {@code digits}: whether the word is one to four ASCII digits, worked out once when the token is made, because every
 * reader asks it of every token (a field read, where the word's characters were read again at each question); made
 * by the four-part constructor, which every caller uses.
 */
public record Token(String term, String word, int start, int end, boolean digits) {

    public Token(String term, String word, int start, int end) {
        this(term, word, start, end, isDigits(word));
    }

    boolean isNumber() {
        return digits;
    }

    private static boolean isDigits(String word) {
        if (word.isEmpty() || word.length() > 4) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) < '0' || word.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** As before the derived part was kept: what tests and snapshots print. */
    @Override
    public String toString() {
        return "Token[term=" + term + ", word=" + word + ", start=" + start + ", end=" + end + "]";
    }

    int intValue() {
        return Integer.parseInt(word);
    }
}
