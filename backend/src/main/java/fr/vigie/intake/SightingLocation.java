package fr.vigie.intake;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Where the person appears to be, as the ad states it. */
public record SightingLocation(
        @Size(max = 120) String city,
        @Pattern(regexp = "\\d{5}", message = "doit comporter 5 chiffres / must be 5 digits") String postalCode,
        @Pattern(regexp = "(\\d{2}|2A|2B|97\\d)", message = "numéro de département invalide / invalid département") String department) {
}
