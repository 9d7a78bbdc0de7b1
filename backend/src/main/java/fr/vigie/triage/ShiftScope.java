package fr.vigie.triage;

import fr.vigie.infrastructure.web.FieldProblem;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The scope a person's queue follows, from whichever feature provides {@link QueueScopes}, and the
 * choice she made ({@code ?scope=all} widens it, if her shift allows it).
 */
@Component
class ShiftScope {

    private final ObjectProvider<QueueScopes> scopes;

    ShiftScope(ObjectProvider<QueueScopes> scopes) {
        this.scopes = scopes;
    }

    Optional<QueueScope> of(String username) {
        var provider = scopes.getIfAvailable();
        return provider == null ? Optional.empty() : provider.of(username);
    }

    java.util.Set<String> onShift() {
        var provider = scopes.getIfAvailable();
        return provider == null ? java.util.Set.of() : provider.onShift();
    }

    /** {@code choice}: null or {@code shift} (the default), or {@code all}. */
    QueueController.AppliedScope applied(Optional<QueueScope> shift, String choice) {
        boolean widen;
        if (choice == null || choice.equalsIgnoreCase("shift")) {
            widen = false;
        } else if (choice.equalsIgnoreCase("all")) {
            widen = true;
        } else {
            throw TriageProblem.badParameter("scope", "shift ou all / shift or all");
        }
        if (shift.isEmpty()) {
            return new QueueController.AppliedScope("ALL", null, List.of(), List.of(), true);
        }
        var s = shift.get();
        if (widen && !s.mayWiden()) {
            throw TriageProblem.field(org.springframework.http.HttpStatus.FORBIDDEN,
                    "Votre créneau ne permet pas d'élargir la file / Your shift does not allow widening the queue",
                    "scope", "shift");
        }
        return new QueueController.AppliedScope(widen ? "ALL" : "SHIFT", s.shiftId(), s.platforms(), s.departments(),
                s.mayWiden());
    }
}
