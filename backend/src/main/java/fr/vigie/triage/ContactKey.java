package fr.vigie.triage;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A phone number or a handle as reports store it ({@code report_contact.contact}): a French phone
 * in E.164 ({@code +33639980001}) or a handle in lower case without its {@code @}. Read from any
 * writing a person types: {@code 06 39 98 00 01}, {@code 0639980001}, {@code +33 6 39 98 00 01},
 * {@code +33 (0)6 39…}, {@code 0033 6…}, with dots, dashes or spaces; {@code @Name} or {@code name}.
 *
 * @param phone whether it is a phone number (else a handle)
 * @param value the stored form
 */
public record ContactKey(boolean phone, String value) {

    /** What is said of a contact that is neither a French phone nor a handle (never quoting it). */
    public static final String INVALID = "ni un numéro français (06 39 98 00 01, +33 6…) ni un pseudo (lettres, chiffres, _ et .) / "
            + "neither a French phone number nor a handle (letters, digits, _ and .)";

    private static final Pattern PHONE_CHARACTERS = Pattern.compile("[+0-9 .\\-()/\u00A0]+");
    private static final Pattern HANDLE = Pattern.compile("[a-z0-9][a-z0-9_.]{1,29}");
    private static final Pattern SEPARATORS = Pattern.compile("[ .\\-()/\u00A0]");

    /** The contact in its stored form, or empty if it is neither a French phone nor a handle. */
    public static Optional<ContactKey> parse(String raw) {
        if (raw == null || raw.length() > 100) {
            return Optional.empty();
        }
        String s = raw.strip();
        if (s.isEmpty()) {
            return Optional.empty();
        }
        if (PHONE_CHARACTERS.matcher(s).matches() && s.chars().anyMatch(Character::isDigit)) {
            return phone(s).map(e164 -> new ContactKey(true, e164));
        }
        String name = s.startsWith("@") ? s.substring(1) : s;
        name = name.toLowerCase(Locale.ROOT).replaceAll("[._]+$", "");
        return HANDLE.matcher(name).matches() ? Optional.of(new ContactKey(false, name)) : Optional.empty();
    }

    private static Optional<String> phone(String s) {
        boolean plus = s.startsWith("+");
        if (s.indexOf('+', 1) >= 0) {
            return Optional.empty();
        }
        String digits = SEPARATORS.matcher(plus ? s.substring(1) : s).replaceAll("");
        String national;
        if (plus || digits.startsWith("0033")) {
            String rest = plus ? digits : digits.substring(2);
            if (!rest.startsWith("33")) {
                return Optional.empty();
            }
            rest = rest.substring(2);
            national = rest.length() == 10 && rest.startsWith("0") ? rest : "0" + rest; // "+33 (0)6 …"
        } else {
            national = digits.length() == 11 && digits.startsWith("33") ? "0" + digits.substring(2) : digits;
        }
        if (national.length() != 10 || national.charAt(0) != '0' || national.charAt(1) == '0'
                || !national.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        return Optional.of("+33" + national.substring(1));
    }

    /** How a person reads it: {@code 06 39 98 00 01} for a phone, {@code @name} for a handle. */
    public String display() {
        if (!phone) {
            return "@" + value;
        }
        String national = "0" + value.substring(3);
        var out = new StringBuilder();
        for (int i = 0; i < national.length(); i += 2) {
            if (i > 0) {
                out.append(' ');
            }
            out.append(national, i, i + 2);
        }
        return out.toString();
    }
}
