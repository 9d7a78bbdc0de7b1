package fr.vigie.partners;

import java.util.UUID;

/** The partner on whose behalf an API call is made. */
public record PartnerIdentity(UUID id, String name) {
}
