package fr.vigie.processing.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** "@name", "snap: name", "snap name", "insta: name", "ig:", "telegram:", "tg:" → "name" (lower case, no @). */
final class HandleExtractor {

    /** A handle found in the text. */
    record Handle(String name, Evidence evidence) {
    }

    private static final Pattern AT_HANDLE = Pattern.compile("(?<![\\p{L}\\p{N}_.@])@([a-z0-9][a-z0-9_.]{1,29})",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PLATFORM_HANDLE = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:snap(?:chat)?|insta(?:gram)?|ig|telegram|tg|tiktok|kik)(?![\\p{L}\\p{N}])"
                    + "\\s{0,3}([:=]|->|→)?\\s{0,3}@?([a-z0-9][a-z0-9_.]{2,29})",
            Pattern.CASE_INSENSITIVE);
    /**
     * The platform names above, shortest forms only (a longer name starts with one of them):
     * where a platform handle may start. Most words starting with s, i, t or k are not one.
     */
    private static final String[] PLATFORM_PREFIXES = {"snap", "insta", "ig", "telegram", "tg", "tiktok", "kik"};
    private static final StartChars PLATFORM_START = new StartChars("sSiItTkK", StartChars.NONE, true);
    private static final StartChars AT_START = new StartChars("@", StartChars.NONE);
    private static final Pattern TRAILING_DOTS = Pattern.compile("[._]+$");
    /** Words that follow "snap" without a colon and are not a name ("snap uniquement"). */
    private static final Set<String> NOT_A_NAME = Set.of("ce", "moi", "me", "et", "ou", "pour", "dispo", "uniquement",
            "only", "seulement", "aussi", "sur", "en", "le", "la", "les", "du", "de", "des", "au", "par", "ici",
            "direct", "svp", "stp", "pv", "mp", "prive", "privé", "ok", "oui", "non", "pas", "avec", "dans", "mon", "ma");

    private HandleExtractor() {
    }

    static List<Handle> extract(NormalisedText normalised) {
        String s = normalised.text();
        var handles = new ArrayList<Handle>();
        CandidateScan.findAll(AT_HANDLE, normalised, AT_START, i -> true,
                at -> add(handles, normalised, at.group(1), at.start(), at.end(1)));
        CandidateScan.findAll(PLATFORM_HANDLE, normalised, PLATFORM_START, i -> mayStartPlatform(s, i), platform -> {
                    String name = platform.group(2);
                    if (platform.group(1) == null && NOT_A_NAME.contains(name.toLowerCase(Locale.ROOT))) {
                        return;
                    }
                    add(handles, normalised, name, platform.start(), platform.end(2));
                });
        return handles;
    }

    /** A platform name, either case, not glued to a preceding letter or digit (implied by PLATFORM_HANDLE). */
    private static boolean mayStartPlatform(String s, int i) {
        char c = s.charAt(i);
        if (c != 's' && c != 'S' && c != 'i' && c != 'I' && c != 't' && c != 'T' && c != 'k' && c != 'K') {
            return false;
        }
        if (CandidateScan.letterOrNumberBefore(s, i)) {
            return false;
        }
        for (String prefix : PLATFORM_PREFIXES) {
            // ASCII-only case folding, as the pattern's CASE_INSENSITIVE without UNICODE_CASE
            if (CandidateScan.regionMatchesAsciiIgnoreCase(s, i, prefix)) {
                return true;
            }
        }
        return false;
    }

    private static void add(List<Handle> handles, NormalisedText normalised, String raw, int start, int end) {
        String name = TRAILING_DOTS.matcher(raw.toLowerCase(Locale.ROOT)).replaceAll("");
        int trimmed = raw.length() - name.length();
        if (name.length() >= 2 && handles.stream().noneMatch(h -> h.name().equals(name))) {
            handles.add(new Handle(name, normalised.evidence(start, end - trimmed)));
        }
    }
}
