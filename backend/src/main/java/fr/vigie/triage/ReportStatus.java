package fr.vigie.triage;

/**
 * Where a report stands in the workbench.
 * <ul>
 * <li>{@code NEW}: nobody has taken it yet;</li>
 * <li>{@code IN_REVIEW}: a worker has claimed it at least once, no decision closed it;</li>
 * <li>{@code ESCALATED}: waiting for a coordinator;</li>
 * <li>{@code ACTIONED}: the young person was contacted or the case referred;</li>
 * <li>{@code CLOSED}: no action needed, or a duplicate.</li>
 * <li>{@code MERGED}: the same ad as an earlier report, recorded as a sighting of it.</li>
 * </ul>
 */
enum ReportStatus {
    NEW, IN_REVIEW, ESCALATED, ACTIONED, CLOSED, MERGED;

    /** Still to be dealt with: in the open queue. */
    public boolean open() {
        return this == NEW || this == IN_REVIEW;
    }
}
