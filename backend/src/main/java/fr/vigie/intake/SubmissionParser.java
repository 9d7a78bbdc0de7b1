package fr.vigie.intake;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

import fr.vigie.infrastructure.web.StorableText;
import fr.vigie.infrastructure.web.FieldProblem;

/**
 * Turns a JSON object into a {@link ReportSubmission}, or into the complete list of what is wrong
 * with it, field by field. Written by hand rather than left to data binding so that every fault
 * gets its own message, nothing unknown slips through (images above all), and no message ever
 * quotes the submitted content back.
 */
final class SubmissionParser {

    static final int MAX_TEXT = 20_000;
    static final int MAX_CONTACTS = 20;

    private static final Set<String> FIELDS = Set.of("externalId", "platform", "platformName", "url", "text",
            "observedAt", "location", "contacts", "reporterConcern", "note");
    private static final Set<String> LOCATION_FIELDS = Set.of("city", "postalCode", "department");
    /** Field names that can only mean a picture or a file: refused with the reason, not as "unknown". */
    private static final Set<String> BINARY_FIELDS = Set.of("image", "images", "img", "photo", "photos", "picture",
            "pictures", "attachment", "attachments", "file", "files", "media", "medias", "screenshot", "screenshots",
            "thumbnail", "thumbnails", "video", "videos", "base64", "blob", "data");
    private static final Pattern POSTAL_CODE = Pattern.compile("\\d{5}");
    private static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
    /** Clocks differ: a partner's "now" may be a little ahead of ours. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    record Result(ReportSubmission submission, List<FieldProblem> problems) {
        boolean valid() {
            return problems.isEmpty();
        }
    }

    private final Clock clock;

    SubmissionParser(Clock clock) {
        this.clock = clock;
    }

    Result parse(JsonNode node, String prefix) {
        var problems = new ArrayList<FieldProblem>();
        if (node == null || !node.isObject()) {
            problems.add(new FieldProblem(prefix.isEmpty() ? "body" : trim(prefix), ContractMessages.NOT_AN_OBJECT));
            return new Result(null, problems);
        }
        var reader = new Fields(node, prefix, problems);
        reader.refuseUnknown(FIELDS);
        String externalId = reader.string("externalId", true, 200);
        Platform platform = reader.enumeration("platform", Platform.values(), true);
        String platformName = reader.string("platformName", false, 200);
        String url = reader.url("url");
        String text = reader.string("text", true, MAX_TEXT);
        Instant observedAt = reader.instant("observedAt", clock.instant());
        SightingLocation location = reader.location("location");
        List<String> contacts = reader.strings("contacts", MAX_CONTACTS, 200);
        ReporterConcern concern = reader.enumeration("reporterConcern", ReporterConcern.values(), false);
        String note = reader.string("note", false, 4_000);
        if (!problems.isEmpty()) {
            return new Result(null, problems);
        }
        return new Result(new ReportSubmission(externalId, platform, platformName, url, text, observedAt, location,
                contacts, concern, note), List.of());
    }

    private static String trim(String prefix) {
        return prefix.endsWith(".") ? prefix.substring(0, prefix.length() - 1) : prefix;
    }

    /** Reads the fields of one JSON object, recording each problem under its full path. */
    private static final class Fields {
        private final JsonNode node;
        private final String prefix;
        private final List<FieldProblem> problems;

        Fields(JsonNode node, String prefix, List<FieldProblem> problems) {
            this.node = node;
            this.prefix = prefix;
            this.problems = problems;
        }

        void refuseUnknown(Set<String> known) {
            for (String name : node.propertyNames()) {
                if (StorableText.fault(name).isPresent()) {
                    // not echoed: a name that is not text cannot be written back in the answer
                    problems.add(new FieldProblem(prefix.isEmpty() ? "body" : trim(prefix),
                            "nom de champ / field name: " + StorableText.fault(name).get()));
                } else if (BINARY_FIELDS.contains(name.toLowerCase(Locale.ROOT))) {
                    problem(name, ContractMessages.TEXT_ONLY);
                } else if (!known.contains(name)) {
                    problem(name, ContractMessages.UNKNOWN_FIELD);
                }
            }
        }

        String string(String name, boolean required, int max) {
            JsonNode value = node.get(name);
            if (value == null || value.isNull()) {
                if (required) {
                    problem(name, ContractMessages.REQUIRED);
                }
                return null;
            }
            if (!value.isString()) {
                problem(name, ContractMessages.NOT_A_STRING);
                return null;
            }
            return checked(name, value.stringValue(), required, max);
        }

        private String checked(String path, String s, boolean required, int max) {
            if (required && s.isBlank()) {
                problem(path, ContractMessages.BLANK);
                return null;
            }
            if (s.codePointCount(0, s.length()) > max) {
                problem(path, ContractMessages.tooLong(max));
                return null;
            }
            if (ControlCharacters.containsForbidden(s)) {
                problem(path, ContractMessages.CONTROL_CHARACTERS);
                return null;
            }
            // an unpaired surrogate would reach PostgreSQL as '?': three ids would become one
            var unstorable = StorableText.fault(s);
            if (unstorable.isPresent()) {
                problem(path, unstorable.get());
                return null;
            }
            if (EncodedFiles.in(s)) {
                problem(path, ContractMessages.TEXT_ONLY);
                return null;
            }
            return s;
        }

        <E extends Enum<E>> E enumeration(String name, E[] values, boolean required) {
            String raw = string(name, required, 40);
            if (raw == null) {
                return null;
            }
            for (E value : values) {
                if (value.name().equals(raw)) {
                    return value;
                }
            }
            problem(name, ContractMessages.oneOf(values));
            return null;
        }

        String url(String name) {
            String raw = string(name, false, 2048);
            if (raw == null || raw.isBlank()) {
                return null;
            }
            if (CanonicalUrl.of(raw).isEmpty()) {
                problem(name, ContractMessages.URL);
                return null;
            }
            return raw;
        }

        Instant instant(String name, Instant now) {
            String raw = string(name, true, 64);
            if (raw == null) {
                return null;
            }
            Instant instant;
            try {
                instant = OffsetDateTime.parse(raw).toInstant();
            } catch (DateTimeParseException e) {
                problem(name, ContractMessages.INSTANT);
                return null;
            }
            if (instant.isAfter(now.plus(CLOCK_SKEW))) {
                problem(name, ContractMessages.IN_FUTURE);
                return null;
            }
            if (instant.isBefore(EARLIEST)) {
                problem(name, ContractMessages.TOO_OLD);
                return null;
            }
            return instant;
        }

        SightingLocation location(String name) {
            JsonNode value = node.get(name);
            if (value == null || value.isNull()) {
                return null;
            }
            if (!value.isObject()) {
                problem(name, ContractMessages.NOT_AN_OBJECT);
                return null;
            }
            var inner = new Fields(value, prefix + name + ".", problems);
            inner.refuseUnknown(LOCATION_FIELDS);
            String city = inner.string("city", false, 120);
            String postalCode = inner.pattern("postalCode", POSTAL_CODE, ContractMessages.POSTAL_CODE);
            String department = inner.pattern("department", Departments.PATTERN, ContractMessages.DEPARTMENT);
            return new SightingLocation(city, postalCode, department == null ? null : Departments.canonical(department));
        }

        String pattern(String name, Pattern pattern, String message) {
            String raw = string(name, false, 10);
            if (raw != null && !pattern.matcher(raw).matches()) {
                problem(name, message);
                return null;
            }
            return raw;
        }

        List<String> strings(String name, int maxItems, int maxLength) {
            JsonNode value = node.get(name);
            if (value == null || value.isNull()) {
                return List.of();
            }
            if (!value.isArray()) {
                problem(name, ContractMessages.NOT_AN_ARRAY);
                return List.of();
            }
            if (value.size() > maxItems) {
                problem(name, ContractMessages.tooMany(maxItems));
                return List.of();
            }
            var items = new ArrayList<String>();
            for (int i = 0; i < value.size(); i++) {
                String path = name + "[" + i + "]";
                JsonNode item = value.get(i);
                if (!item.isString()) {
                    problem(path, ContractMessages.NOT_A_STRING);
                    continue;
                }
                String s = checked(path, item.stringValue(), true, maxLength);
                if (s != null) {
                    items.add(s.strip());
                }
            }
            return items;
        }

        private void problem(String name, String message) {
            problems.add(new FieldProblem(prefix + name, message));
        }
    }
}
