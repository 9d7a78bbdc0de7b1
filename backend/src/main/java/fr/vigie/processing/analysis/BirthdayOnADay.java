package fr.vigie.processing.analysis;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

/**
 * An age said with the day of its birthday right after it: "18 ans à Noël", "18 ans le 3 janvier", "18 ans pour le
 * nouvel an". Said on a day before that birthday and not long before it, it is the birthday to come: the age now is a
 * year less. A day long past the observation's next occurrence of it ("18 ans le 2 novembre" seen on 27 November) is
 * the birthday just had, and the age stands. Needs the day the text was seen; a verb of the past before the age ("j'ai
 * eu 18 ans le 3 janvier", "fêté") says it was had.
 */
final class BirthdayOnADay {

    /** At most this many days ahead, a named day is the birthday to come; further, the one just past. */
    static final int AHEAD_DAYS = 120;
    private static final MonthDay CHRISTMAS = MonthDay.of(12, 25);
    private static final MonthDay NEW_YEAR = MonthDay.of(1, 1);
    private static final Set<String> BEFORE_FEAST = Lookup.set(Set.of("a", "pour", "au", "le"));
    private static final Set<String> HAD = Lookup.set(Set.of("eu", "fete", "fetes", "depuis", "avais", "avait"));

    private BirthdayOnADay() {
    }

    /**
     * Whether the age whose number is at {@code number} and whose mention ends before {@code end} is followed by the
     * day of a birthday still to come on {@code observed}.
     */
    static boolean toCome(List<Token> tokens, TokenNumbers numbers, int number, int end, LocalDate observed) {
        if (observed == null || end >= tokens.size()) {
            return false;
        }
        MonthDay day = dayAt(tokens, numbers, end);
        if (day == null) {
            return false;
        }
        for (int k = Math.max(0, number - 3); k < number; k++) {
            if (HAD.contains(tokens.get(k).word())) {
                return false;
            }
        }
        LocalDate next = day.atYear(observed.getYear());
        if (next.isBefore(observed)) {
            next = day.atYear(observed.getYear() + 1);
        }
        long ahead = ChronoUnit.DAYS.between(observed, next);
        return ahead > 0 && ahead <= AHEAD_DAYS;
    }

    /** "le 3 janvier", "le 1er mars", "à Noël", "pour le nouvel an" at {@code k}, or null. */
    private static MonthDay dayAt(List<Token> tokens, TokenNumbers numbers, int k) {
        String word = tokens.get(k).word();
        if (BEFORE_FEAST.contains(word) && k + 1 < tokens.size()) {
            int feast = tokens.get(k + 1).word().equals("le") && k + 2 < tokens.size() ? k + 2 : k + 1;
            if (tokens.get(feast).word().equals("noel")) {
                return CHRISTMAS;
            }
            if (tokens.get(feast).word().equals("nouvel") && feast + 1 < tokens.size() && tokens.get(feast + 1).word().equals("an")) {
                return NEW_YEAR;
            }
        }
        if (!word.equals("le") || k + 2 >= tokens.size() || !numbers.isNumber(k + 1)) {
            return null;
        }
        var reading = numbers.reading(k + 1);
        int monthAt = k + 1 + reading.tokens();
        if (monthAt < tokens.size() && tokens.get(monthAt).word().equals("er")) {
            monthAt++; // "le 1er janvier"
        }
        Integer month = monthAt < tokens.size() ? BirthYearExtractor.MONTHS.get(tokens.get(monthAt).word()) : null;
        if (month == null || reading.value() < 1 || reading.value() > java.time.Month.of(month).maxLength()) {
            return null;
        }
        return MonthDay.of(month, reading.value());
    }
}
