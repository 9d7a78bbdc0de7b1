package fr.vigie.partners;

import java.security.Principal;
import java.util.UUID;

/**
 * The partner on whose behalf an API call is made. A {@link Principal} whose name is
 * {@code partner:<name>}: what the audit log records as the actor, read through Spring
 * Security's {@code Authentication.getName()} without the audit knowing about partners.
 */
public record PartnerIdentity(UUID id, String name) implements Principal {

    @Override
    public String getName() {
        return "partner:" + name;
    }
}
