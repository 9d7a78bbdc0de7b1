package fr.vigie.infrastructure.web;

import java.util.Optional;

/**
 * Text that PostgreSQL can keep exactly as it was sent. A NUL character cannot be stored in a
 * {@code text} or {@code jsonb} column at all (the write fails), and an unpaired UTF-16
 * surrogate has no UTF-8 form: the driver silently turns it into {@code ?}, so that different
 * values collapse into one (three ads' ids into one report). Both are refused at the door,
 * naming the field or parameter, never quoting the value.
 */
public final class StorableText {

    public static final String NUL = "contient le caractère NUL (U+0000), interdit / contains a NUL character (U+0000), not allowed";
    public static final String UNPAIRED_SURROGATE = "contient une demi-paire de substitution UTF-16 isolée, qui n'est pas du texte / "
            + "contains an unpaired UTF-16 surrogate, which is not text";

    private StorableText() {
    }

    /** Why the text cannot be stored as sent, or empty if it can. */
    public static Optional<String> fault(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\u0000') {
                return Optional.of(NUL);
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return Optional.of(UNPAIRED_SURROGATE);
            }
            if (Character.isLowSurrogate(c)) {
                return Optional.of(UNPAIRED_SURROGATE);
            }
        }
        return Optional.empty();
    }
}
