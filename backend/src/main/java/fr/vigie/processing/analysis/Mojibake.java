package fr.vigie.processing.analysis;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Text written in UTF-8 and read back as Windows-1252 or Latin-1 somewhere between the writer and
 * us ("sÅ“ur", "Ã©tÃ©", "câ€™est"), as copies from web pages and exports deliver it: a character
 * a UTF-8 lead byte shows as (Â…ß for two bytes, à…ï for three), followed by the characters its
 * continuation bytes show as, is the one character those bytes encode. Only where the bytes are a
 * well-formed UTF-8 sequence of one non-ASCII character, so French as written ("été…", "à «") is
 * never touched: the continuation bytes 0x80–0xBF show as punctuation, symbols and marks that do
 * not follow a letter in ordinary text.
 */
final class Mojibake {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** For each char up to '™' (U+2122): the Windows-1252 byte it shows, or -1. */
    private static final int[] BYTE_OF = bytesOf();

    /** A repaired sequence: the character it encodes, and where it ends in the text. */
    record Repair(String text, int end) {
    }

    private Mojibake() {
    }

    /** Whether a repair may start at this character: it shows a UTF-8 lead byte of two or three bytes. */
    static boolean isLead(char c) {
        return c >= 0xC2 && c <= 0xEF;
    }

    /** Whether the character may show a UTF-8 continuation byte. */
    static boolean isContinuation(char c) {
        int b = c < BYTE_OF.length ? BYTE_OF[c] : -1;
        return b >= 0x80 && b <= 0xBF;
    }

    /** The repair of the sequence that starts at {@code i}, or null when there is none. */
    static Repair at(String s, int i) {
        char lead = s.charAt(i);
        if (!isLead(lead)) {
            return null;
        }
        int length = lead >= 0xE0 ? 3 : 2;
        if (i + length > s.length()) {
            return null;
        }
        byte[] bytes = new byte[length];
        bytes[0] = (byte) lead;
        for (int k = 1; k < length; k++) {
            char c = s.charAt(i + k);
            if (!isContinuation(c)) {
                return null;
            }
            bytes[k] = (byte) BYTE_OF[c];
        }
        try {
            String decoded = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return decoded.codePointCount(0, decoded.length()) == 1 && decoded.charAt(0) >= 0x80
                    ? new Repair(decoded, i + length) : null;
        } catch (CharacterCodingException e) {
            return null; // not UTF-8: the text says what it says
        }
    }

    private static int[] bytesOf() {
        int[] table = new int[0x2123];
        java.util.Arrays.fill(table, -1);
        for (int b = 0x80; b <= 0xFF; b++) {
            String shown = new String(new byte[] {(byte) b}, WINDOWS_1252);
            char c = shown.charAt(0);
            if (c != '\uFFFD' && c < table.length) {
                table[c] = b;
            }
            if (b <= 0x9F && table[b] < 0) {
                table[b] = b; // read as Latin-1, the C1 control itself
            }
        }
        return table;
    }
}
