package fr.vigie.processing.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A mobile number whose prefix is named as a noun, then its eight other digits ("mon 06 c'est le 39 98 73 16",
 * "mon 07 : 39.98…"): "mon 06" is how a mobile number is called, so the prefix and the digits after a few words are
 * one number. Only after a possessive and only a mobile prefix, and only the eight digits in pairs: "au 06 …" with
 * its digits right after is already a number, and "mon 06" followed by anything else is none.
 */
final class NamedPrefixPhone {

    private static final Pattern NAMED = Pattern.compile(
            "(?iu)(?<![\\p{L}\\d])(?:mon|ton|son)\\s+(0[67])(?![\\d])[\\s:,.\\-–]*(?:(?:c['’]est|est|le|c'|au)[\\s:,.\\-–]*){0,3}"
                    + "(\\d\\d)[\\s.\\-]?(\\d\\d)[\\s.\\-]?(\\d\\d)[\\s.\\-]?(\\d\\d)(?![\\d])");

    private NamedPrefixPhone() {
    }

    static List<PhoneExtractor.Phone> extract(NormalisedText normalised) {
        String s = normalised.text();
        List<PhoneExtractor.Phone> phones = List.of();
        // the cheap test first, on characters: a "0" then 6 or 7 right after "mon", "ton" or "son"; the pattern only there
        for (int k = s.indexOf('0'); k >= 0; k = s.indexOf('0', k + 1)) {
            int word = possessiveBefore(s, k);
            if (k + 1 >= s.length() || (s.charAt(k + 1) != '6' && s.charAt(k + 1) != '7') || word < 0) {
                continue;
            }
            var m = NAMED.matcher(s).region(word, s.length()).useTransparentBounds(true); // "Simon 06…" is no "mon 06"
            if (m.lookingAt()) {
                String national = m.group(1) + m.group(2) + m.group(3) + m.group(4) + m.group(5);
                if (phones.isEmpty()) {
                    phones = new ArrayList<>();
                }
                phones.add(new PhoneExtractor.Phone("+33" + national.substring(1), normalised.evidence(m.start(1), m.end())));
                k = m.end() - 1;
            }
        }
        return phones;
    }

    /** Where "mon", "ton" or "son" starts right before {@code k} (spaces between), or -1. */
    private static int possessiveBefore(String s, int k) {
        int j = k;
        while (j > 0 && Character.isWhitespace(s.charAt(j - 1))) {
            j--;
        }
        if (j == k || j < 3) {
            return -1;
        }
        char a = Character.toLowerCase(s.charAt(j - 3));
        return (a == 'm' || a == 't' || a == 's') && Character.toLowerCase(s.charAt(j - 2)) == 'o'
                && Character.toLowerCase(s.charAt(j - 1)) == 'n' ? j - 3 : -1;
    }
}
