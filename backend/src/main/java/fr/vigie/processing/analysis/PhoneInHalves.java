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

    /** Words that open the first half ("commence par", "début", "premiers chiffres"): where {@link #HALVES} may start. */
    private static final String[] FIRST_HALF = {"commen", "début", "debut", "premier"};
    /** Words that name the second half after an unnamed first ("la suite", "puis"): {@link #REST_NAMED} looks around them. */
    private static final String[] REST = {"suite", "la fin", "reste", "puis"}; // "suite" finds "ensuite" too
    /** How far before a word of the rest the first half may start, and how far after it the second may end. */
    private static final int BEFORE_REST = 60;
    private static final int AFTER_MARK = 120;

    private PhoneInHalves() {
    }

    static List<PhoneExtractor.Phone> extract(NormalisedText normalised) {
        String s = normalised.text();
        if (!enoughDigits(s)) {
            return List.of(); // most reports: no ten digits at all, and this runs on every one
        }
        String folded = s.toLowerCase(java.util.Locale.ROOT);
        String lower = folded.length() == s.length() ? folded : s; // a letter whose lower case is longer ("İ"): positions must stay
        List<PhoneExtractor.Phone> phones = List.of();
        // the patterns are tried only at their marker words, never over the whole text (a lazy gap between two
        // groups of digits, tried at every position of a kilobyte, cost more than all the other extractors)
        var halves = HALVES.matcher(s).useTransparentBounds(true).useAnchoringBounds(false);
        for (String word : FIRST_HALF) {
            for (int at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + 1)) {
                halves.region(at, Math.min(s.length(), at + AFTER_MARK));
                if (halves.lookingAt()) {
                    phones = joined(normalised, halves, phones);
                }
            }
        }
        var rest = REST_NAMED.matcher(s).useTransparentBounds(true).useAnchoringBounds(false);
        for (String word : REST) {
            for (int at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + 1)) {
                rest.region(Math.max(0, at - BEFORE_REST), Math.min(s.length(), at + AFTER_MARK));
                while (rest.find()) {
                    phones = joined(normalised, rest, phones);
                }
            }
        }
        return phones;
    }

    private static boolean enoughDigits(String s) {
        int digits = 0;
        for (int i = 0; i < s.length() && digits < DIGITS_IN_A_NUMBER; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            }
        }
        return digits >= DIGITS_IN_A_NUMBER;
    }

    /** The number a match's two halves make, added once, if they make a French number of ten digits. */
    private static List<PhoneExtractor.Phone> joined(NormalisedText normalised, java.util.regex.Matcher m,
            List<PhoneExtractor.Phone> phones) {
        String national = digitsOf(m.group(1)) + digitsOf(m.group(2));
        if (national.length() != DIGITS_IN_A_NUMBER || national.charAt(0) != '0' || national.charAt(1) == '0') {
            return phones;
        }
        String e164 = "+33" + national.substring(1);
        if (phones.stream().anyMatch(p -> p.e164().equals(e164))) {
            return phones;
        }
        var more = phones.isEmpty() ? new ArrayList<PhoneExtractor.Phone>() : phones;
        more.add(new PhoneExtractor.Phone(e164, normalised.evidence(m.start(1), m.end(2))));
        return more;
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
