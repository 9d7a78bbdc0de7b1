package fr.vigie.shifts;

import org.springframework.security.core.Authentication;

/** Whether the caller coordinates: coordinators see everyone's shifts and may act on them. */
final class Coordinators {

    private Coordinators() {
    }

    static boolean is(Authentication person) {
        return person.getAuthorities().stream().anyMatch(a -> "ROLE_COORDINATOR".equals(a.getAuthority()));
    }
}
