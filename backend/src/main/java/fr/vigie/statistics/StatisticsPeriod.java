package fr.vigie.statistics;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import fr.vigie.infrastructure.web.FieldProblem;
import fr.vigie.triage.ReportFigures.Interval;

/**
 * The days a figure covers: {@code from} to {@code to}, both included, as calendar days in Paris
 * (the associations' time: a report received at 23:30 UTC on 31 October counts for 1 November),
 * with the length of the series' points. Without dates, last calendar month.
 */
record StatisticsPeriod(LocalDate from, LocalDate to, Interval interval) {

    static final ZoneId ZONE = fr.vigie.triage.ReportFigures.ZONE;
    /** Longer periods are refused: five years covers any call for projects, and keeps the series short. */
    static final int MAX_DAYS = 5 * 366;

    static final String DATE = "date attendue au format AAAA-MM-JJ / expected a date as YYYY-MM-DD";
    static final String YEAR = "année entre 2000 et 2999 / a year between 2000 and 2999";
    static final String BOTH = "donner from et to, ou aucun des deux (mois dernier) / give both from and to, or neither (last month)";
    static final String ORDER = "to doit être le même jour que from ou après / to must be on or after from";
    static final String SPAN = "période de 5 ans au plus / a period of at most 5 years";
    static final String INTERVAL = "day, week ou month / day, week or month";

    /** The first instant counted. */
    Instant start() {
        return from.atStartOfDay(ZONE).toInstant();
    }

    /** The first instant not counted: the start of the day after {@code to}. */
    Instant end() {
        return to.plusDays(1).atStartOfDay(ZONE).toInstant();
    }

    /** The period asked for, or the problems with the parameters (names as sent). */
    static StatisticsPeriod parse(String from, String to, String interval, Clock clock) throws InvalidPeriodException {
        var problems = new ArrayList<FieldProblem>();
        LocalDate start = date("from", from, problems);
        LocalDate end = date("to", to, problems);
        if (problems.isEmpty() && (from == null) != (to == null)) {
            problems.add(new FieldProblem(from == null ? "from" : "to", BOTH));
        }
        if (problems.isEmpty() && start == null) {
            var lastMonth = LocalDate.now(clock.withZone(ZONE)).withDayOfMonth(1).minusMonths(1);
            start = lastMonth;
            end = lastMonth.plusMonths(1).minusDays(1);
        }
        if (problems.isEmpty() && end.isBefore(start)) {
            problems.add(new FieldProblem("to", ORDER));
        }
        if (problems.isEmpty() && ChronoUnit.DAYS.between(start, end) >= MAX_DAYS) {
            problems.add(new FieldProblem("to", SPAN));
        }
        Interval length = null;
        if (interval != null) {
            try {
                length = Interval.valueOf(interval.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem("interval", INTERVAL));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidPeriodException(List.copyOf(problems));
        }
        return new StatisticsPeriod(start, end, length != null ? length : fitting(start, end));
    }

    /** Without {@code interval}: days up to three months, weeks up to a year, then months. */
    private static Interval fitting(LocalDate from, LocalDate to) {
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        return days <= 92 ? Interval.DAY : days <= 366 ? Interval.WEEK : Interval.MONTH;
    }

    private static LocalDate date(String name, String value, List<FieldProblem> problems) {
        if (value == null) {
            return null;
        }
        try {
            var date = LocalDate.parse(value);
            if (date.getYear() < 2000 || date.getYear() > 2999) {
                problems.add(new FieldProblem(name, YEAR));
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(name, DATE));
            return null;
        }
    }

    /** The parameters of a statistics request are at fault. */
    static final class InvalidPeriodException extends Exception {
        private final transient List<FieldProblem> problems;

        InvalidPeriodException(List<FieldProblem> problems) {
            super("invalid statistics period", null, false, false);
            this.problems = problems;
        }

        List<FieldProblem> problems() {
            return problems;
        }
    }
}
