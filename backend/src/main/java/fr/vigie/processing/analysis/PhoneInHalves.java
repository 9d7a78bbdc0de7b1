package fr.vigie.processing.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A phone number given in two halves, each named ("mon tel commence par 06 39 98 et se termine par 52 14", "le début
 * c'est 06 39, la fin c'est 98 27 63", "premiers chiffres 06 39 98 12, derniers chiffres 40", or the first half
 * unnamed and the second named as the rest: "06 39 98, et la suite c'est 40 17"): a worker puts the two
 * halves together, so the engine does. Only when the first half starts like a French number (0 then 1 to 9) and the
 * two together make exactly ten digits: a gate code, opening hours or a file number told the same way is no phone. The
 * evidence runs from the first digit to the last, the words between included.
 */
final class PhoneInHalves {

    private static final String DIGITS = "(\\d(?:[\\s.\\-]{0,2}\\d){0,9})";
    private static final String NAMING = "(?:\\s*(?:par|c['’]est|est|:))*\\s*[:,]?\\s*";
    private static final Pattern HALVES = Pattern.compile("(?iu)(?<![\\p{L}])(?:commence|commen[cç]ant|d[ée]but(?:e)?"
            + "|premiers?\\s+chiffres?)" + NAMING + DIGITS + "(?![\\d])"
            + "[^\\d]{1,40}?(?<![\\p{L}])(?:finit|finissant|termine|terminant|fin|derniers?\\s+chiffres?|suite)" + NAMING
            + DIGITS + "(?![\\d])");
    /** The first half unnamed, the second named as the rest ("Pour me joindre : 06 39 98, et la suite c'est 40 17"). */
    private static final Pattern REST_NAMED = Pattern.compile("(?iu)(?<![\\d])(0[1-9](?:[\\s.\\-]{0,2}\\d){2,7})(?![\\d])"
            + "[^\\d]{1,30}?(?<![\\p{L}])(?:la\\s+suite|la\\s+fin|le\\s+reste|puis|ensuite)" + NAMING + DIGITS + "(?![\\d])");
    private static final int DIGITS_IN_A_NUMBER = 10;

    private PhoneInHalves() {
    }

    static List<PhoneExtractor.Phone> extract(NormalisedText normalised) {
        String s = normalised.text();
        if (!mayHaveHalves(s)) {
            return List.of(); // most reports: none of the words that name a half, and this runs on every one
        }
        List<PhoneExtractor.Phone> phones = List.of();
        phones = joined(normalised, HALVES.matcher(s), phones);
        return joined(normalised, REST_NAMED.matcher(s), phones);
    }

    private static List<PhoneExtractor.Phone> joined(NormalisedText normalised, java.util.regex.Matcher m,
            List<PhoneExtractor.Phone> phones) {
        while (m.find()) {
            String national = digitsOf(m.group(1)) + digitsOf(m.group(2));
            if (national.length() != DIGITS_IN_A_NUMBER || national.charAt(0) != '0' || national.charAt(1) == '0') {
                continue;
            }
            if (phones.isEmpty()) {
                phones = new ArrayList<>();
            }
            String e164 = "+33" + national.substring(1);
            if (phones.stream().noneMatch(p -> p.e164().equals(e164))) {
                phones.add(new PhoneExtractor.Phone(e164, normalised.evidence(m.start(1), m.end(2))));
            }
        }
        return phones;
    }

    private static boolean mayHaveHalves(String s) {
        return s.contains("ommen") || s.contains("ébut") || s.contains("ebut") || s.contains("ÉBUT") || s.contains("EBUT")
                || s.contains("remier") || s.contains("REMIER") || s.contains("OMMEN") || s.contains("suite") || s.contains("reste")
                || s.contains("la fin") || s.contains("puis") || s.contains("ensuite");
    }

    private static String digitsOf(String group) {
        var digits = new StringBuilder(DIGITS_IN_A_NUMBER);
        for (int i = 0; i < group.length(); i++) {
            if (Character.isDigit(group.charAt(i))) {
                digits.append(group.charAt(i));
            }
        }
        return digits.toString();
    }
}
