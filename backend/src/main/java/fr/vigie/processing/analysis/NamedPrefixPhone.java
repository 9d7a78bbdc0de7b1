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
        if (s.indexOf("06") < 0 && s.indexOf("07") < 0) {
            return List.of(); // the cheapest test first: most texts name no mobile prefix
        }
        var phones = new ArrayList<PhoneExtractor.Phone>();
        var m = NAMED.matcher(s);
        while (m.find()) {
            String national = m.group(1) + m.group(2) + m.group(3) + m.group(4) + m.group(5);
            phones.add(new PhoneExtractor.Phone("+33" + national.substring(1), normalised.evidence(m.start(1), m.end())));
        }
        return phones;
    }
}
