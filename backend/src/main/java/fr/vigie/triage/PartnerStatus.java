package fr.vigie.triage;

/** The partner's coarse view of the workbench's statuses. */
final class PartnerStatus {

    private PartnerStatus() {
    }

    static String of(ReportStatus status) {
        return switch (status) {
            case NEW -> "RECEIVED";
        };
    }
}
