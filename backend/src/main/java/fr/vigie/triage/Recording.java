package fr.vigie.triage;

/** What recording a delivered report did. */
public enum Recording {
    /** First delivery: the report is new. */
    CREATED,
    /** First delivery, but the same ad was already reported: recorded as a sighting of that report. */
    SIGHTING,
    /** A newer version of the sighting: the previous one was kept in the report's versions. */
    UPDATED,
    /** Kafka delivered a version already recorded (at-least-once): nothing changed but the count. */
    REDELIVERED
}
