package fr.vigie.shifts;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import fr.vigie.identity.Role;
import fr.vigie.identity.UserAccounts;

/**
 * {@code GET /api/v1/shifts/colleagues}, for coordinators: the workers a report can be reassigned
 * to, picked from a list rather than typed — enabled accounts with the role {@code WORKER}, those
 * on shift now first (their shift's end, so that a report goes to someone who will still be there).
 * Names and times only.
 */
@RestController
class ColleagueController {

    /** @param shiftEnd when her shift now ends; null when she is not on shift */
    record Colleague(String username, boolean onShift, Instant shiftEnd) {
    }

    record Colleagues(List<Colleague> items) {
    }

    private final UserAccounts users;
    private final Duty duty;

    ColleagueController(UserAccounts users, Duty duty) {
        this.users = users;
        this.duty = duty;
    }

    @GetMapping(path = "/api/v1/shifts/colleagues", produces = MediaType.APPLICATION_JSON_VALUE)
    Colleagues colleagues() {
        Map<String, Duty.OnShift> onShift = duty.workersOnShift(duty.now()).stream()
                .collect(Collectors.toMap(Duty.OnShift::username, Function.identity(), (a, b) -> a));
        var items = users.list().stream()
                .filter(account -> account.enabled() && account.roles().contains(Role.WORKER))
                .map(account -> {
                    var shift = onShift.get(account.username());
                    return new Colleague(account.username(), shift != null, shift == null ? null : shift.end());
                })
                .sorted(Comparator.comparing((Colleague c) -> !c.onShift()).thenComparing(Colleague::username))
                .toList();
        return new Colleagues(items);
    }
}
