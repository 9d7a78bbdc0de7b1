package fr.vigie.processing.analysis;

/** Priority bands of SPEC "The flow" §4, most urgent first (same names as triage's bands). */
public enum Band {
    /** Immediate: a minor, or a report flagged as immediate danger. */
    P1,
    /** High: strong signs of youth or exploitation without a stated minor age. */
    P2,
    /** To check: adult with risk signals, or too little to rule anything out. */
    P3,
    /** Low: no risk signal. */
    P4
}
