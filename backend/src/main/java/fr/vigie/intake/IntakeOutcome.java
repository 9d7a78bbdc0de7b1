package fr.vigie.intake;

import java.util.UUID;

/**
 * What happened to one submission: a new report, the same content again (nothing created), or a
 * new version of a known report's sighting.
 */
record IntakeOutcome(UUID id, Kind kind, int version) {

    public enum Kind {
        ACCEPTED, DUPLICATE, UPDATED
    }
}
