package fr.vigie.triage;

/** What a worker decided about a report (SPEC.md §5), and the status it leads to. */
enum DecisionType {
    CONTACT(ReportStatus.ACTIONED),
    REFERRAL(ReportStatus.ACTIONED),
    NO_ACTION(ReportStatus.CLOSED),
    DUPLICATE(ReportStatus.CLOSED),
    ESCALATE(ReportStatus.ESCALATED);

    private final ReportStatus leadsTo;

    DecisionType(ReportStatus leadsTo) {
        this.leadsTo = leadsTo;
    }

    public ReportStatus leadsTo() {
        return leadsTo;
    }
}
