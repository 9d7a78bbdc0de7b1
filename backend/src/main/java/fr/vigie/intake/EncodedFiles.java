package fr.vigie.intake;

import java.util.regex.Pattern;

/**
 * Whether a text field carries an encoded file (a {@code data:} URL, or a long run of base64)
 * rather than words: a picture must not enter the system through a text field (SPEC: text only).
 * <p>
 * Read in one pass without a regular expression on the common path: searching every text for the
 * two patterns with {@link java.util.regex.Matcher#find()} tried them at every position and cost
 * about a quarter of the CPU of a partner's call (issue 18, a flight recording of the 500/s open
 * loop). The same answers as the two patterns, which {@code EncodedFilesTest} checks against them.
 */
final class EncodedFiles {

    /** A data URL; tried only where its fixed part {@code ;base64,} occurs. */
    static final Pattern DATA_URL = Pattern.compile("(?i)data:[a-z]+/[a-z0-9.+-]+(;[a-z0-9=.-]+)*;base64,");
    /** A long unbroken run of base64 alphabet: no French text looks like this, an encoded file does. */
    static final int BLOB_RUN = 200;

    private EncodedFiles() {
    }

    static boolean in(String s) {
        return hasBase64Run(s) || hasDataUrl(s);
    }

    private static boolean hasBase64Run(String s) {
        int run = 0;
        for (int i = 0; i < s.length(); i++) {
            if (isBase64(s.charAt(i))) {
                if (++run >= BLOB_RUN) {
                    return true;
                }
            } else {
                run = 0;
            }
        }
        return false;
    }

    private static boolean isBase64(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '+' || c == '/';
    }

    private static boolean hasDataUrl(String s) {
        for (int comma = s.indexOf(',', 7); comma >= 0; comma = s.indexOf(',', comma + 1)) {
            if (s.charAt(comma - 7) == ';' && s.regionMatches(true, comma - 6, "base64", 0, 6)) {
                return DATA_URL.matcher(s).find();
            }
        }
        return false;
    }
}
