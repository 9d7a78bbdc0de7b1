package fr.vigie.triage;

import org.springframework.security.core.Authentication;

/** The acting person, from the security context. */
final class Actors {

    private Actors() {
    }

    static Workbench.Actor of(Authentication authentication) {
        boolean coordinator = authentication.getAuthorities().stream()
                .anyMatch(a -> "ROLE_COORDINATOR".equals(a.getAuthority()));
        return new Workbench.Actor(authentication.getName(), coordinator);
    }
}
