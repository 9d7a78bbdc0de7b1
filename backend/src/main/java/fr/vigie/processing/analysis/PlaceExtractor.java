package fr.vigie.processing.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Départements written in context ("dans le 69", "sur le 13", "(75)", "dpt 33", "2A") and a
 * short list of big cities. Deliberately modest: the report's own location field is the main
 * source; this only catches what the text adds.
 */
final class PlaceExtractor {

    /** A place found in the text: a département number ("69", "2A") or a city name. */
    record Place(String name, Evidence evidence) {
    }

    private static final Pattern DEPARTEMENT = Pattern.compile(
            "(?iu)(?:(?<![\\p{L}])(?:dans le|sur le|secteur|dept|dpt|département|departement)\\s{1,3}"
                    + "(\\d{2}|2\\s?[ab])(?![\\p{L}\\p{N}]))|(?:\\((\\d{2}|2\\s?[ab])\\))");
    private static final Pattern WHITESPACE = Pattern.compile("\\s");
    static final Map<String, String> CITIES = Lookup.map(Map.ofEntries(
            Map.entry("paris", "Paris"), Map.entry("marseille", "Marseille"), Map.entry("lyon", "Lyon"),
            Map.entry("toulouse", "Toulouse"), Map.entry("nice", "Nice"), Map.entry("nantes", "Nantes"),
            Map.entry("montpellier", "Montpellier"), Map.entry("strasbourg", "Strasbourg"),
            Map.entry("bordeaux", "Bordeaux"), Map.entry("lille", "Lille"), Map.entry("rennes", "Rennes"),
            Map.entry("reims", "Reims"), Map.entry("toulon", "Toulon"), Map.entry("grenoble", "Grenoble"),
            Map.entry("dijon", "Dijon"), Map.entry("angers", "Angers"), Map.entry("nimes", "Nîmes"),
            Map.entry("brest", "Brest"), Map.entry("limoges", "Limoges"), Map.entry("perpignan", "Perpignan"),
            Map.entry("rouen", "Rouen"), Map.entry("metz", "Metz"), Map.entry("amiens", "Amiens"),
            Map.entry("orleans", "Orléans"), Map.entry("mulhouse", "Mulhouse"), Map.entry("caen", "Caen")));

    private PlaceExtractor() {
    }

    static List<Place> extract(NormalisedText normalised, List<Token> tokens) {
        var places = new ArrayList<Place>();
        String text = normalised.text();
        CandidateScan.findAll(DEPARTEMENT, normalised, DEPARTEMENT_START, i -> mayStartDepartement(text, i), m -> {
            int group = m.group(1) != null ? 1 : 2;
            String number = WHITESPACE.matcher(m.group(group)).replaceAll("").toUpperCase();
            if (isDepartement(number)) {
                places.add(new Place(number, normalised.evidence(m.start(group), m.end(group))));
            }
        });
        String original = normalised.original();
        for (Token token : tokens) {
            String city = CITIES.get(token.word());
            if (city != null) {
                places.add(new Place(city, Evidence.of(original, token.start(), token.end())));
            }
        }
        return places;
    }

    /** '(' or the first letters of DEPARTEMENT_WORDS, with 'ſ' (long s, equal to s under (?iu)). */
    private static final StartChars DEPARTEMENT_START = new StartChars("(dDsSſ", StartChars.NONE, true);
    /** The words DEPARTEMENT's first branch starts with. */
    private static final String[] DEPARTEMENT_WORDS = {"dans le", "sur le", "secteur", "dept", "dpt", "département",
            "departement"};

    /** "(69)", or "dans le" / "sur le" / "secteur" / "dept" / "dpt" / "département" not inside a word. */
    private static boolean mayStartDepartement(String text, int i) {
        char c = text.charAt(i);
        if (c == '(') {
            return i + 1 < text.length() && isAsciiDigit(text.charAt(i + 1));
        }
        if (!(c == 'd' || c == 'D' || c == 's' || c == 'S' || c == 'ſ') || CandidateScan.letterBefore(text, i)
                || i + 1 >= text.length()) {
            return false;
        }
        char second = (char) (text.charAt(i + 1) | 0x20); // the words' second letters, either case (no other folds to them)
        if (second != 'a' && second != 'u' && second != 'e' && second != 'p') {
            return false;
        }
        // most words starting with d or s are none of these, and most of these ("dans le") are
        // followed by a word, not a number; String's case folding (upper, then lower case, char
        // by char) is the one the pattern's (?iu) uses, so no match is lost
        for (String word : DEPARTEMENT_WORDS) {
            if (text.regionMatches(true, i, word, 0, word.length()) && numberFollows(text, i + word.length())) {
                return true;
            }
        }
        return false;
    }

    /** {@code \s{1,3}} then a digit (the pattern's \s and \d are ASCII: no UNICODE_CHARACTER_CLASS). */
    private static boolean numberFollows(String text, int k) {
        int spaces = 0;
        while (k < text.length() && spaces < 3 && isAsciiSpace(text.charAt(k))) {
            k++;
            spaces++;
        }
        return spaces > 0 && k < text.length() && isAsciiDigit(text.charAt(k));
    }

    private static boolean isAsciiSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isDepartement(String number) {
        if (number.equals("2A") || number.equals("2B")) {
            return true;
        }
        int n = Integer.parseInt(number);
        return n >= 1 && n <= 95 && n != 20;
    }
}
