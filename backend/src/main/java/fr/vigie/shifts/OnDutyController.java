package fr.vigie.shifts;

import java.time.Instant;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import fr.vigie.triage.TeamSummary;

/**
 * {@code GET /api/v1/shifts/now}: who is on shift and who coordinates on duty; for the caller her
 * current shift, its scope and her exposure; for the next shift the recent handovers and what is
 * open, claimed and due. Names, counts and times; the handover notes are the team's own words.
 */
@RestController
class OnDutyController {

    /**
     * DutyNow, for the caller: her shift (null when off), its scope (null: the whole queue), her
     * exposure this shift (a worker shift only).
     */
    record DutyNow(Instant at, List<Duty.OnShift> workers, List<Duty.OnShift> coordinatorsOnDuty, Duty.OnShift shift,
            Scope scope, Exposures.Exposure exposure, List<Handovers.Handover> handovers, TeamSummary.Summary team) {
    }

    /** How far back the handovers shown to the next shift go. */
    private static final java.time.Duration HANDOVERS = java.time.Duration.ofHours(24);

    private final Duty duty;
    private final Exposures exposures;
    private final Handovers handovers;
    private final TeamSummary team;

    OnDutyController(Duty duty, Exposures exposures, Handovers handovers, TeamSummary team) {
        this.duty = duty;
        this.exposures = exposures;
        this.handovers = handovers;
        this.team = team;
    }

    @GetMapping(path = "/api/v1/shifts/now", produces = MediaType.APPLICATION_JSON_VALUE)
    DutyNow now(Authentication person) {
        Instant at = duty.now();
        var workers = duty.workersOnShift(at);
        var coordinators = duty.coordinatorsOnDuty(at);
        var mine = workers.stream().filter(s -> s.username().equals(person.getName())).findFirst()
                .or(() -> coordinators.stream().filter(s -> s.username().equals(person.getName())).findFirst())
                .orElse(null);
        var exposure = mine != null && mine.kind() == ShiftKind.WORKER ? exposures.of(mine, at) : null;
        return new DutyNow(at, workers, coordinators, mine, mine == null ? null : mine.scope(), exposure,
                handovers.since(at, HANDOVERS), team.now());
    }
}
