package fr.vigie.triage;

/** Where a report stands in the workbench. Only {@code NEW} reports are in the open queue for now. */
public enum ReportStatus {
    NEW
}
