package fr.vigie.intake;

/** How worried the reporter is; {@code IMMEDIATE_DANGER} always makes a report P1. */
public enum ReporterConcern {
    LOW, MEDIUM, HIGH, IMMEDIATE_DANGER
}
