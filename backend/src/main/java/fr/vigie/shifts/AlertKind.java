package fr.vigie.shifts;

/**
 * What an alert is about: a report nobody holds past its band's time, a claim held too long
 * without a decision, an escalation, a worker who reached her exposure budget.
 */
public enum AlertKind {
    UNCLAIMED, CLAIMED_UNDECIDED, ESCALATION, EXPOSURE
}
