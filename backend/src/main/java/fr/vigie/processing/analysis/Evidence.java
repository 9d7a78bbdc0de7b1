package fr.vigie.processing.analysis;

/**
 * A range of the ORIGINAL text (UTF-16 offsets, end exclusive) and what it says there: the
 * words a worker sees highlighted as the reason for a signal or an entity.
 */
public record Evidence(int start, int end, String text) {

    public Evidence {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad range " + start + ".." + end);
        }
    }

    /** The range trimmed of surrounding spaces and invisible characters (never shown as "why"). */
    static Evidence of(String original, int start, int end) {
        int s = trimmedStart(original, start, end);
        int e = trimmedEnd(original, s, end);
        return new Evidence(s, e, original.substring(s, e));
    }

    /** The start of {@code [start, end)} clamped to the text and past leading blanks. */
    static int trimmedStart(String original, int start, int end) {
        int s = Math.max(0, Math.min(start, original.length()));
        int e = Math.max(s, Math.min(end, original.length()));
        while (s < e && isBlank(original.codePointAt(s))) {
            s += Character.charCount(original.codePointAt(s));
        }
        return s;
    }

    /** The end of {@code [trimmedStart, end)} clamped to the text and before trailing blanks. */
    static int trimmedEnd(String original, int trimmedStart, int end) {
        int e = Math.max(trimmedStart, Math.min(end, original.length()));
        while (e > trimmedStart && isBlank(original.codePointBefore(e))) {
            e -= Character.charCount(original.codePointBefore(e));
        }
        return e;
    }

    private static boolean isBlank(int cp) {
        if (cp < 0x80) { // ASCII (nearly every token's first and last character): the same answer without the tables
            return cp == ' ' || cp >= 0x09 && cp <= 0x0D || cp >= 0x1C && cp <= 0x1F;
        }
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || Character.getType(cp) == Character.FORMAT;
    }
}
