package fr.vigie.shifts;

import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;

import fr.vigie.identity.Role;
import fr.vigie.identity.UserAccounts;

/**
 * Who an alert goes to: the coordinators on duty whose scope covers where the report was seen;
 * with none, every coordinator, flagged so that each knows nobody was on duty.
 */
@Component
class Routing {

    /** The coordinators to tell, and whether they are everyone for want of someone on duty. */
    record Target(List<String> coordinators, boolean noCoordinatorOnDuty) {
    }

    private final Duty duty;
    private final UserAccounts users;

    Routing(Duty duty, UserAccounts users) {
        this.duty = duty;
        this.users = users;
    }

    /** {@code platform} and {@code department} null: not about one report (exposure). */
    Target of(String platform, String department, boolean aboutAReport, Instant at) {
        var onDuty = duty.coordinatorsOnDuty(at).stream()
                .filter(s -> !aboutAReport || s.scope().covers(platform, department))
                .map(Duty.OnShift::username).distinct().sorted().toList();
        if (!onDuty.isEmpty()) {
            return new Target(onDuty, false);
        }
        return new Target(allCoordinators(), true);
    }

    List<String> allCoordinators() {
        return users.list().stream().filter(a -> a.enabled() && a.roles().contains(Role.COORDINATOR))
                .map(UserAccounts.Account::username).sorted().toList();
    }
}
