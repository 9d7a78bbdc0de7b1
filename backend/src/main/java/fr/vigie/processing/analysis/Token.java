package fr.vigie.processing.analysis;

/**
 * One analysed token: {@code term} is the stem rules match on, {@code word} the normalised word
 * before stemming, {@code start}/{@code end} the range of the ORIGINAL text it comes from.
 */
public record Token(String term, String word, int start, int end) {

    boolean isNumber() {
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

    int intValue() {
        return Integer.parseInt(word);
    }
}
