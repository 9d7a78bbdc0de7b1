package fr.vigie.triage;

/**
 * Where a decision stands, derived from the append-only rows (a decision never changes): recorded
 * at once, or waiting for a second coordinator until an approval row says approved or rejected.
 * SQL over {@code decision d} joined with {@link #JOIN}.
 */
final class DecisionStates {

    static final String RECORDED = "RECORDED";
    static final String PENDING_APPROVAL = "PENDING_APPROVAL";
    static final String APPROVED = "APPROVED";
    static final String REJECTED = "REJECTED";

    static final String JOIN = " left join decision_approval a on a.decision_id = d.id ";

    /** The state column, named {@code state}. */
    static final String STATE = """
            case when not d.approval_required then 'RECORDED' when a.decision_id is null then 'PENDING_APPROVAL'
                 when a.approved then 'APPROVED' else 'REJECTED' end as state""";

    /** A decision that counts: recorded without approval, or approved. */
    static final String EFFECTIVE = "(not d.approval_required or a.approved)";

    private DecisionStates() {
    }
}
