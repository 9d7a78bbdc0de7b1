package fr.vigie.shifts;

import java.time.Instant;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/shifts/now}: who is on shift and who coordinates on duty, and for the caller
 * her current shift and its scope. Names and times only.
 */
@RestController
class OnDutyController {

    /** Now, for the caller: her shift (null when off), its scope (null: the whole queue). */
    record Now(Instant at, List<Duty.OnShift> workers, List<Duty.OnShift> coordinatorsOnDuty, Duty.OnShift shift,
            Scope scope) {
    }

    private final Duty duty;

    OnDutyController(Duty duty) {
        this.duty = duty;
    }

    @GetMapping(path = "/api/v1/shifts/now", produces = MediaType.APPLICATION_JSON_VALUE)
    Now now(Authentication person) {
        Instant at = duty.now();
        var workers = duty.workersOnShift(at);
        var coordinators = duty.coordinatorsOnDuty(at);
        var mine = workers.stream().filter(s -> s.username().equals(person.getName())).findFirst()
                .or(() -> coordinators.stream().filter(s -> s.username().equals(person.getName())).findFirst())
                .orElse(null);
        return new Now(at, workers, coordinators, mine, mine == null ? null : mine.scope());
    }
}
