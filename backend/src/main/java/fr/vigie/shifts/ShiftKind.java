package fr.vigie.shifts;

/** A worker working the queue, or a coordinator on duty (the one alerts go to). */
public enum ShiftKind {
    WORKER, COORDINATOR_ON_DUTY
}
