package fr.vigie.triage;

/** The partner's coarse view of the workbench's statuses (SPEC.md §7). */
final class PartnerStatus {

    private PartnerStatus() {
    }

    static String of(ReportStatus status) {
        return switch (status) {
            case NEW -> "RECEIVED";
            // a decision waiting for its second approval is not an outcome yet
            case IN_REVIEW, ESCALATED, PENDING_APPROVAL -> "IN_REVIEW";
            case ACTIONED -> "ACTIONED";
            case CLOSED -> "CLOSED";
            // A merged report follows the report it was merged into; alone it reads as received.
            case MERGED -> "RECEIVED";
        };
    }
}
