package fr.vigie.intake;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * French département numbers as a report's location gives them: 01–19, 21–95, 2A, 2B (Corsica)
 * and 971–976 (overseas). Shared with what plans work by territory (shifts), so that a shift can
 * only name a département a report can carry.
 */
public final class Departments {

    /** Letters of Corsica in either case: reports store them upper-case. */
    public static final Pattern PATTERN = Pattern.compile("0[1-9]|1\\d|2[1-9]|[3-8]\\d|9[0-5]|2[AaBb]|97[1-6]");

    private Departments() {
    }

    public static boolean isKnown(String department) {
        return department != null && PATTERN.matcher(department).matches();
    }

    /** The form reports store: Corsica's letters upper-case. */
    public static String canonical(String department) {
        return department.toUpperCase(Locale.ROOT);
    }
}
