package fr.vigie.triage;

/** SPEC.md §4: P1 immediate, P2 high, P3 to check, P4 low. Declaration order is triage order. */
public enum PriorityBand {
    P1, P2, P3, P4
}
