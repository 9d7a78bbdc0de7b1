package fr.vigie.search;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import fr.vigie.audit.Audit;
import fr.vigie.audit.AuditActions;
import fr.vigie.infrastructure.web.FieldProblem;
import fr.vigie.infrastructure.web.Problems;
import fr.vigie.infrastructure.web.StorableText;
import fr.vigie.triage.ContactKey;
import fr.vigie.triage.PriorityBand;
import fr.vigie.triage.IndexableReport;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/**
 * {@code GET /api/v1/search} (WORKER, COORDINATOR; SPEC "Search API"). Every parameter is checked
 * (400 naming it), every search is audited with its criteria and the ids shown.
 */
@RestController
class SearchController {

    private static final Pattern PLATFORM = Pattern.compile("[A-Z_]{2,40}");
    private static final Pattern DEPARTMENT = Pattern.compile("(0[1-9]|[1-8][0-9]|9[0-5]|2A|2B|97[1-8]|98[6-9])");
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final ReportSearch search;
    private final Audit audit;
    private final SearchProperties properties;

    SearchController(ReportSearch search, Audit audit, SearchProperties properties) {
        this.search = search;
        this.audit = audit;
        this.properties = properties;
    }

    @GetMapping(path = "/api/v1/search", produces = MediaType.APPLICATION_JSON_VALUE)
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SearchResult.class)))
    ResponseEntity<?> searchReports(@RequestParam(required = false) String q, @RequestParam(required = false) String phone,
            @RequestParam(required = false) String handle, @RequestParam(required = false) List<String> priority,
            @RequestParam(required = false) List<String> status, @RequestParam(required = false) List<String> platform,
            @RequestParam(required = false) List<String> department, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String sort, @RequestParam(required = false) String after) {
        var problems = new ArrayList<FieldProblem>();
        String text = blankToNull(q);
        List<String> terms = List.of();
        if (text != null) {
            if (text.length() > 500 || StorableText.fault(text).isPresent()) {
                problems.add(new FieldProblem("q", "500 caractères au plus, du texte / at most 500 characters of text"));
            } else {
                terms = search.terms(text);
                if (terms.isEmpty()) {
                    problems.add(new FieldProblem("q", "aucun mot à chercher / no word to search for"));
                }
            }
        }
        String phoneKey = contact(phone, true, "phone", problems);
        String handleKey = contact(handle, false, "handle", problems);
        var priorities = values(priority, "priority", v -> isEnum(PriorityBand.class, v), "P1, P2, P3, P4", problems);
        var statuses = values(status, "status", v -> IndexableReport.statuses().contains(v), "un statut de signalement / a report status", problems);
        var platforms = values(platform, "platform", v -> PLATFORM.matcher(v).matches(), "un type de plateforme / a platform type", problems);
        var departments = values(department, "department", v -> DEPARTMENT.matcher(v).matches(), "un département (69, 2A, 974…) / a département",
                problems);
        Instant start = instant(from, false, "from", problems);
        Instant end = instant(to, true, "to", problems);
        int pageSize = size == null ? 20 : size;
        if (pageSize < 1 || pageSize > properties.maxPageSize()) {
            problems.add(new FieldProblem("size", "de 1 à " + properties.maxPageSize() + " / from 1 to " + properties.maxPageSize()));
        }
        boolean byDate;
        if (sort == null) {
            byDate = text == null;
        } else if (Set.of("relevance", "date").contains(sort)) {
            byDate = sort.equals("date");
        } else {
            byDate = false;
            problems.add(new FieldProblem("sort", "relevance ou date / relevance or date"));
        }
        List<Object> cursor = List.of();
        if (after != null && !after.isBlank()) {
            var decoded = SearchCursor.decode(after, byDate);
            if (decoded.isEmpty()) {
                problems.add(new FieldProblem("after", "curseur inconnu : reprenez la recherche / unknown cursor: search again"));
            } else {
                cursor = decoded.get();
            }
        }
        if (!problems.isEmpty()) {
            return Problems.answer(Problems.invalidParameters(problems));
        }
        var criteria = new SearchCriteria(text, terms, phoneKey, handleKey, priorities, statuses, platforms, departments, start, end,
                pageSize, byDate, cursor);
        var result = search.search(criteria);
        var audited = new java.util.LinkedHashMap<String, Object>(criteria.audited());
        audited.put("reports", result.items().stream().map(i -> i.id().toString()).toList());
        audited.put("total", result.total());
        audit.record(AuditActions.SEARCH, null, audited);
        return ResponseEntity.ok(result);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String contact(String raw, boolean phone, String name, List<FieldProblem> problems) {
        String value = blankToNull(raw);
        if (value == null) {
            return null;
        }
        var key = ContactKey.parse(value).filter(k -> k.phone() == phone);
        if (key.isEmpty()) {
            problems.add(new FieldProblem(name, phone ? "un numéro français (06 39 98 00 01, +33 6…) / a French phone number"
                    : "un pseudo (lettres, chiffres, _ et .) / a handle (letters, digits, _ and .)"));
            return null;
        }
        return key.get().value();
    }

    private static List<String> values(List<String> raw, String name, java.util.function.Predicate<String> valid, String expected,
            List<FieldProblem> problems) {
        if (raw == null) {
            return List.of();
        }
        var values = raw.stream().flatMap(v -> java.util.Arrays.stream(v.split(","))).map(String::strip).filter(v -> !v.isEmpty())
                .distinct().toList();
        if (values.size() > 50 || !values.stream().allMatch(valid)) {
            problems.add(new FieldProblem(name, "valeur inconnue, attendu : " + expected + " / unknown value"));
            return List.of();
        }
        return values;
    }

    private static <E extends Enum<E>> boolean isEnum(Class<E> type, String value) {
        try {
            Enum.valueOf(type, value);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** An instant, or a date (Paris): the start of that day for {@code from}, the start of the next for {@code to}. */
    private static Instant instant(String raw, boolean end, String name, List<FieldProblem> problems) {
        String value = blankToNull(raw);
        if (value == null) {
            return null;
        }
        try {
            if (value.length() == 10) {
                var day = LocalDate.parse(value);
                return (end ? day.plusDays(1) : day).atStartOfDay(PARIS).toInstant();
            }
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(name, "une date (2026-01-31) ou un instant ISO-8601 / a date or an ISO-8601 instant"));
            return null;
        }
    }
}
