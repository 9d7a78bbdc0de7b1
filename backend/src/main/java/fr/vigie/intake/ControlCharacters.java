package fr.vigie.intake;

/**
 * C0 control characters and DEL have no place in an ad's text; tab and newline (including a
 * Windows line break, CR LF) do.
 */
final class ControlCharacters {

    private ControlCharacters() {
    }

    static boolean containsForbidden(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\t' || c == '\n') {
                continue;
            }
            if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                continue;
            }
            if (c < 0x20 || c == 0x7F) {
                return true;
            }
        }
        return false;
    }
}
