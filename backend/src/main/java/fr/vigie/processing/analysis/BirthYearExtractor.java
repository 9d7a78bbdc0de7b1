package fr.vigie.processing.analysis;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** "née en 2010", "née le 3/4/2010", "née le 3 avril 2010", "je suis de 2009" → age at observation. */
final class BirthYearExtractor {

    private static final int WINDOW = 6;
    private static final Pattern DOTTED_DATE = Pattern.compile("(\\d{1,2})[./-](\\d{1,2})[./-](\\d{4})");
    private static final Map<String, Integer> MONTHS = Lookup.map(Map.ofEntries(
            Map.entry("janvier", 1), Map.entry("fevrier", 2), Map.entry("mars", 3), Map.entry("avril", 4),
            Map.entry("mai", 5), Map.entry("juin", 6), Map.entry("juillet", 7), Map.entry("aout", 8),
            Map.entry("septembre", 9), Map.entry("octobre", 10), Map.entry("novembre", 11), Map.entry("decembre", 12)));

    private BirthYearExtractor() {
    }

    static List<BirthYearMention> extract(String original, List<Token> tokens, LocalDate observed) {
        var found = new ArrayList<BirthYearMention>();
        for (int i = 0; i < tokens.size(); i++) {
            if (!isTrigger(tokens, i)) {
                continue;
            }
            for (int j = i + 1; j < Math.min(tokens.size(), i + 1 + WINDOW); j++) {
                var birth = birthAt(tokens, j, i + 1, observed);
                if (birth != null) {
                    var evidence = Evidence.of(original, tokens.get(i).start(), tokens.get(j).end());
                    found.add(new BirthYearMention(birth.year, birth.age, evidence, i, j + 1));
                    i = j;
                    break;
                }
            }
        }
        return found;
    }

    private static boolean isTrigger(List<Token> tokens, int i) {
        String word = tokens.get(i).word();
        if (word.equals("ne") || word.equals("nee") || word.equals("naissance")) {
            return true;
        }
        // "je suis de 2009": the year of birth said the way teenagers say it
        return word.equals("de") && i >= 1 && tokens.get(i - 1).word().equals("suis");
    }

    private record Birth(int year, int age) {
    }

    private static Birth birthAt(List<Token> tokens, int j, int from, LocalDate observed) {
        String word = tokens.get(j).word();
        var dotted = DOTTED_DATE.matcher(word);
        if (dotted.matches()) {
            return birth(Integer.parseInt(dotted.group(3)), Integer.parseInt(dotted.group(2)),
                    Integer.parseInt(dotted.group(1)), observed);
        }
        if (word.length() != 4 || !tokens.get(j).isNumber()) {
            return null;
        }
        int year = tokens.get(j).intValue();
        if (j - 2 >= from && tokens.get(j - 2).isNumber()) {
            int day = tokens.get(j - 2).intValue();
            Integer month = tokens.get(j - 1).isNumber() ? Integer.valueOf(tokens.get(j - 1).intValue())
                    : MONTHS.get(tokens.get(j - 1).word());
            if (month != null) {
                var exact = birth(year, month, day, observed);
                if (exact != null) {
                    return exact;
                }
            }
        }
        return birth(year, 12, 31, observed);
    }

    private static Birth birth(int year, int month, int day, LocalDate observed) {
        if (year < 1900 || year > observed.getYear()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.of(year, month, day);
            if (date.isAfter(observed)) {
                date = LocalDate.of(year, 1, 1).isAfter(observed) ? null : observed;
            }
            return date == null ? null : new Birth(year, Period.between(date, observed).getYears());
        } catch (DateTimeException invalidDate) {
            return birth(year, 12, 31, observed);
        }
    }
}
