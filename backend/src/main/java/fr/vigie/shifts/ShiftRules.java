package fr.vigie.shifts;

import fr.vigie.infrastructure.web.FieldProblem;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import fr.vigie.intake.Departments;
import fr.vigie.intake.Platform;

/**
 * What a planned shift must be by itself, whoever it is for: every problem at once, each naming
 * its field. Rules that need the database (the person, her other shifts) are {@link ShiftPlanning}'s.
 */
final class ShiftRules {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final String REQUIRED = "obligatoire / required";
    private static final String INSTANT = "date et heure ISO-8601 avec fuseau attendues, ex. 2026-11-27T21:00:00+01:00"
            + " / expected an ISO-8601 date-time with offset";

    /** One window of a planned shift. */
    record Window(Instant start, Instant end) {
        boolean overlaps(Instant otherStart, Instant otherEnd) {
            return start.isBefore(otherEnd) && otherStart.isBefore(end);
        }
    }

    /** A shift that passed these rules: one window per week of its recurrence (one if none). */
    record Draft(String username, ShiftKind kind, List<String> platforms, List<String> departments, Integer slots,
            List<Window> windows) {
        boolean open() {
            return username == null;
        }
    }

    private ShiftRules() {
    }

    static Draft check(ShiftRequest r, ShiftProperties properties, boolean repeatAllowed) {
        var problems = new ArrayList<FieldProblem>();
        ShiftKind kind = kind(r.kind(), problems);
        String username = blank(r.username()) ? null : r.username().strip();
        if (username != null && username.length() > 100) {
            problems.add(new FieldProblem("username", "100 caractères au plus / at most 100 characters"));
        }
        if (r.slots() != null) {
            if (username != null) {
                problems.add(new FieldProblem("slots", "un créneau ouvert ne nomme personne / an open shift names nobody"));
            } else if (r.slots() < 1 || r.slots() > 50) {
                problems.add(new FieldProblem("slots", "entre 1 et 50 / between 1 and 50"));
            } else if (kind == ShiftKind.COORDINATOR_ON_DUTY) {
                problems.add(new FieldProblem("slots", "seuls les créneaux d'équipe s'ouvrent aux inscriptions"
                        + " / only WORKER shifts open slots"));
            }
        } else if (username == null) {
            problems.add(new FieldProblem("username", REQUIRED));
        }
        Instant start = instant(r.start(), "start", problems);
        Instant end = instant(r.end(), "end", problems);
        if (start != null && end != null) {
            if (!end.isAfter(start)) {
                problems.add(new FieldProblem("end", "doit être après le début / must be after start"));
            } else if (Duration.between(start, end).compareTo(properties.maxLength()) > 0) {
                problems.add(new FieldProblem("end", "un créneau dure au plus " + hours(properties.maxLength())
                        + " / a shift lasts at most " + properties.maxLength()));
            }
        }
        var platforms = platforms(r.platforms(), problems);
        var departments = departments(r.departments(), problems);
        var windows = new ArrayList<Window>();
        if (start != null && end != null && end.isAfter(start)) {
            windows.add(new Window(start, end));
            if (r.repeat() != null) {
                repeat(r.repeat(), repeatAllowed, start, end, properties, windows, problems);
            }
        }
        if (!problems.isEmpty()) {
            throw ShiftProblem.invalid(problems);
        }
        return new Draft(username, kind, platforms, departments, r.slots(), windows);
    }

    private static ShiftKind kind(String value, List<FieldProblem> problems) {
        if (blank(value)) {
            problems.add(new FieldProblem("kind", REQUIRED));
            return null;
        }
        try {
            return ShiftKind.valueOf(value);
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem("kind", "valeur inconnue / unknown value: WORKER, COORDINATOR_ON_DUTY"));
            return null;
        }
    }

    static Instant instant(String value, String field, List<FieldProblem> problems) {
        if (blank(value)) {
            problems.add(new FieldProblem(field, REQUIRED));
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, INSTANT));
            return null;
        }
    }

    private static List<String> platforms(List<String> values, List<FieldProblem> problems) {
        var platforms = new LinkedHashSet<String>();
        if (values == null) {
            return List.of();
        }
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            try {
                platforms.add(Platform.valueOf(value == null ? "" : value).name());
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem("platforms[" + i + "]", "plateforme inconnue / unknown platform: "
                        + String.join(", ", java.util.Arrays.stream(Platform.values()).map(Enum::name).toList())));
            }
        }
        return List.copyOf(platforms);
    }

    private static List<String> departments(List<String> values, List<FieldProblem> problems) {
        var departments = new LinkedHashSet<String>();
        if (values == null) {
            return List.of();
        }
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            if (Departments.isKnown(value)) {
                departments.add(Departments.canonical(value));
            } else {
                problems.add(new FieldProblem("departments[" + i + "]",
                        "département inconnu (01–19, 21–95, 2A, 2B, 971–976) / unknown département"));
            }
        }
        return List.copyOf(departments);
    }

    private static void repeat(ShiftRequest.Repeat repeat, boolean allowed, Instant start, Instant end,
            ShiftProperties properties, List<Window> windows, List<FieldProblem> problems) {
        if (!allowed) {
            problems.add(new FieldProblem("repeat", "un créneau se modifie seul ; créez une nouvelle série"
                    + " / one shift is changed at a time; plan a new series"));
            return;
        }
        if (!Boolean.TRUE.equals(repeat.weekly())) {
            problems.add(new FieldProblem("repeat.weekly", "seule la répétition hebdomadaire existe : true"
                    + " / only weekly recurrence exists: true"));
            return;
        }
        Instant until = until(repeat.until(), problems);
        if (until == null) {
            return;
        }
        if (until.isBefore(start)) {
            problems.add(new FieldProblem("repeat.until", "doit être après le début / must be after start"));
            return;
        }
        var length = Duration.between(start, end);
        var first = start.atZone(PARIS);
        for (int week = 1; ; week++) {
            var next = first.plusWeeks(week);
            if (next.toInstant().isAfter(until)) {
                break;
            }
            if (week >= properties.maxWeeks()) {
                problems.add(new FieldProblem("repeat.until", properties.maxWeeks() + " semaines au plus / at most "
                        + properties.maxWeeks() + " weeks"));
                return;
            }
            windows.add(new Window(next.toInstant(), next.toInstant().plus(length)));
        }
    }

    /** A day (inclusive, Paris) or an instant. */
    private static Instant until(String value, List<FieldProblem> problems) {
        if (blank(value)) {
            problems.add(new FieldProblem("repeat.until", REQUIRED));
            return null;
        }
        try {
            return LocalDate.parse(value.strip()).plusDays(1).atStartOfDay(PARIS).toInstant().minusNanos(1);
        } catch (DateTimeParseException notADay) {
            return instant(value, "repeat.until", problems);
        }
    }

    static String hours(Duration duration) {
        long minutes = duration.toMinutes();
        return minutes % 60 == 0 ? (minutes / 60) + " h" : (minutes / 60) + " h " + (minutes % 60);
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
