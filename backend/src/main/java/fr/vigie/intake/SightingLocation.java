package fr.vigie.intake;

/** Where the person appears to be, as the ad states it. */
public record SightingLocation(String city, String postalCode, String department) {
}
