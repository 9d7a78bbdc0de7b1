package fr.vigie.shifts;

import fr.vigie.infrastructure.web.FieldProblem;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import fr.vigie.audit.Audit;
import fr.vigie.audit.AuditActions;

/**
 * The Coordination API's shifts (SPEC.md): coordinators plan everyone's, a worker reads her own
 * (and the open shifts she may sign up for).
 */
@RestController
@RequestMapping(path = "/api/v1/shifts", produces = MediaType.APPLICATION_JSON_VALUE)
class ShiftController {

    /** The shift planned (its first occurrence) and, for a weekly series, every occurrence. */
    record Planned(@JsonUnwrapped Shift shift, List<Shift> occurrences) {
    }

    /** A period of the calendar: its shifts, and when nobody is on the queue. */
    record ShiftCalendar(Instant from, Instant to, List<Shift> items, List<CoverageGaps.Gap> gaps) {
    }

    /** The note a worker leaves to the next shift. */
    record HandoverRequest(String note) {
    }

    private final ShiftPlanning planning;
    private final Shifts shifts;
    private final Handovers handovers;
    private final ShiftProperties properties;
    private final Audit audit;

    ShiftController(ShiftPlanning planning, Shifts shifts, Handovers handovers, ShiftProperties properties, Audit audit) {
        this.planning = planning;
        this.shifts = shifts;
        this.handovers = handovers;
        this.properties = properties;
        this.audit = audit;
    }

    /** Ends her shift now: releases her claims, keeps her note for the next shift. */
    @PostMapping("/{id}/handover")
    Handovers.HandedOver handOver(@PathVariable UUID id, @RequestBody HandoverRequest request, Authentication person) {
        var done = handovers.handOver(id, person.getName(), Coordinators.is(person), request.note(), Instant.now());
        audit.record(AuditActions.SHIFT_HANDED_OVER, null, Map.of("shift", id.toString(),
                "released", done.released().stream().map(UUID::toString).toList()));
        return done;
    }

    @PostMapping
    ResponseEntity<Planned> plan(@RequestBody ShiftRequest request, Authentication person) {
        var planned = planning.plan(request, person.getName());
        var first = planned.getFirst();
        audit.record(AuditActions.SHIFT_PLANNED, null, Map.of("shifts", planned.stream().map(s -> s.id().toString()).toList(),
                "username", String.valueOf(first.username()), "kind", first.kind().name()));
        return ResponseEntity.status(HttpStatus.CREATED).body(new Planned(first, planned));
    }

    @PutMapping("/{id}")
    Shift change(@PathVariable UUID id, @RequestBody ShiftRequest request) {
        var shift = planning.change(id, request);
        audit.record(AuditActions.SHIFT_CHANGED, null, Map.of("shift", id.toString(), "username", String.valueOf(shift.username())));
        return shift;
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> remove(@PathVariable UUID id) {
        planning.remove(id);
        audit.record(AuditActions.SHIFT_REMOVED, null, Map.of("shift", id.toString()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/signup")
    ResponseEntity<Shift> signUp(@PathVariable UUID id, Authentication person) {
        var shift = planning.signUp(id, person.getName());
        audit.record(AuditActions.SHIFT_SIGNED_UP, null, Map.of("shift", shift.id().toString(), "openShift", id.toString()));
        return ResponseEntity.status(HttpStatus.CREATED).body(shift);
    }

    /**
     * {@code GET /api/v1/shifts?from=&to=} (ISO-8601 instants or days; default: this week, Monday
     * to Monday in Paris): coordinators see everyone's shifts, a worker hers and the open ones.
     */
    @GetMapping
    ShiftCalendar calendar(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            Authentication person) {
        Instant start = from == null ? LocalDate.now(ShiftRules.PARIS).with(java.time.DayOfWeek.MONDAY)
                .atStartOfDay(ShiftRules.PARIS).toInstant() : bound(from, "from");
        Instant end = to == null ? start.atZone(ShiftRules.PARIS).plusWeeks(1).toInstant() : bound(to, "to");
        if (!end.isAfter(start)) {
            throw ShiftProblem.badParameter("to", "doit être après from / must be after from");
        }
        if (java.time.Duration.between(start, end).compareTo(properties.maxWindow()) > 0) {
            throw ShiftProblem.badParameter("to", "période de " + properties.maxWindow().toDays()
                    + " jours au plus / at most " + properties.maxWindow().toDays() + " days");
        }
        boolean coordinator = Coordinators.is(person);
        var everyone = shifts.between(start, end, null, true);
        var visible = coordinator ? everyone : shifts.between(start, end, person.getName(), true);
        return new ShiftCalendar(start, end, visible, CoverageGaps.of(start, end, everyone));
    }

    private static Instant bound(String value, String name) {
        if (value.length() == 10) {
            try {
                return LocalDate.parse(value).atStartOfDay(ShiftRules.PARIS).toInstant();
            } catch (java.time.format.DateTimeParseException e) {
                throw ShiftProblem.badParameter(name, "jour AAAA-MM-JJ ou instant ISO-8601 / a YYYY-MM-DD day or an ISO-8601 instant");
            }
        }
        var problems = new ArrayList<FieldProblem>();
        Instant instant = ShiftRules.instant(value, name, problems);
        if (instant == null) {
            throw ShiftProblem.badParameter(name, problems.getFirst().message());
        }
        return instant.truncatedTo(ChronoUnit.SECONDS);
    }
}
