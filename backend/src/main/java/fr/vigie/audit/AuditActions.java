package fr.vigie.audit;

/** The action codes written to the audit log. Features may add their own; keep them UPPER_SNAKE. */
public final class AuditActions {

    public static final String LOGIN_SUCCEEDED = "LOGIN_SUCCEEDED";
    public static final String LOGIN_FAILED = "LOGIN_FAILED";
    public static final String LOGOUT = "LOGOUT";

    /** Someone read a report's content (text, contacts, notes): required for every such read. */
    public static final String REPORT_READ = "REPORT_READ";
    public static final String REPORT_DECIDED = "REPORT_DECIDED";
    public static final String REPORT_EXPORTED = "REPORT_EXPORTED";
    public static final String REPORT_PURGED = "REPORT_PURGED";
    /** A worker took, renewed or let go of a report, or a coordinator handed it to someone. */
    public static final String REPORT_CLAIMED = "REPORT_CLAIMED";
    public static final String REPORT_RELEASED = "REPORT_RELEASED";
    public static final String REPORT_REASSIGNED = "REPORT_REASSIGNED";
    public static final String REPORT_NOTE_ADDED = "REPORT_NOTE_ADDED";
    /**
     * Someone read a page of the queue (its lines show signal words, city and département): the
     * criteria and the ids shown, once per page.
     */
    public static final String QUEUE_READ = "QUEUE_READ";
    /** Someone listed the reports showing a phone number or handle: the contact asked for and the ids shown. */
    public static final String CONTACT_LOOKED_UP = "CONTACT_LOOKED_UP";
    /** Someone wrote a note about a phone number or handle (internal to the team): the contact and the note's id. */
    public static final String CONTACT_NOTE_ADDED = "CONTACT_NOTE_ADDED";
    /** Someone watches a contact, or stopped (the contact, the watch's id). */
    public static final String CONTACT_WATCHED = "CONTACT_WATCHED";
    public static final String CONTACT_UNWATCHED = "CONTACT_UNWATCHED";
    /** Someone read her watchlist and its alerts: the ids of the reports shown. */
    public static final String WATCHLIST_READ = "WATCHLIST_READ";
    /** Someone searched the reports (free text, phone, handle, filters): the criteria and the ids shown. */
    public static final String SEARCH = "SEARCH";
    /** An administrator rebuilt the search index from PostgreSQL: the new index and how many reports. */
    public static final String SEARCH_REINDEXED = "SEARCH_REINDEXED";
    public static final String REPORT_ANONYMISED = "REPORT_ANONYMISED";
    /** A second coordinator approved or rejected a decision that waited for it. */
    public static final String DECISION_APPROVED = "DECISION_APPROVED";
    public static final String DECISION_REJECTED = "DECISION_REJECTED";
    /** A referral was sent to its service, or the service acknowledged it. */
    public static final String REFERRAL_SENT = "REFERRAL_SENT";
    public static final String REFERRAL_ACKNOWLEDGED = "REFERRAL_ACKNOWLEDGED";
    /** A partner read back its reports' progress (status, outcome, shared notes): the ids returned. */
    public static final String PARTNER_FEEDBACK_READ = "PARTNER_FEEDBACK_READ";
    /** Vigie delivered a report's progress (shared notes included) to its partner's webhook. */
    public static final String WEBHOOK_DELIVERED = "WEBHOOK_DELIVERED";
    public static final String WEBHOOK_SET = "WEBHOOK_SET";
    public static final String WEBHOOK_SECRET_ROTATED = "WEBHOOK_SECRET_ROTATED";
    public static final String WEBHOOK_REMOVED = "WEBHOOK_REMOVED";
    public static final String WEBHOOK_DELIVERIES_LISTED = "WEBHOOK_DELIVERIES_LISTED";
    public static final String WEBHOOK_REPLAYED = "WEBHOOK_REPLAYED";

    /** Someone read the statistics of a period (figures only): the period. */
    public static final String STATISTICS_READ = "STATISTICS_READ";
    /** Someone exported the statistics of a period as a file: the period and the format. */
    public static final String STATISTICS_EXPORTED = "STATISTICS_EXPORTED";
    /** A coordinator read each worker's activity over a period (names and counts, no content): the period. */
    public static final String STATISTICS_WORKERS_READ = "STATISTICS_WORKERS_READ";

    public static final String USER_CREATED = "USER_CREATED";
    public static final String USER_DISABLED = "USER_DISABLED";
    public static final String USER_ENABLED = "USER_ENABLED";
    public static final String USER_ROLES_CHANGED = "USER_ROLES_CHANGED";
    public static final String USER_PASSWORD_RESET = "USER_PASSWORD_RESET";
    public static final String USER_UNLOCKED = "USER_UNLOCKED";
    public static final String USERS_LISTED = "USERS_LISTED";
    public static final String SECOND_FACTOR_ENABLED = "SECOND_FACTOR_ENABLED";
    public static final String SECOND_FACTOR_RESET = "SECOND_FACTOR_RESET";

    public static final String AUDIT_SEARCHED = "AUDIT_SEARCHED";
    public static final String AUDIT_VERIFIED = "AUDIT_VERIFIED";

    /** Coordination: shifts planned, changed, removed, signed up for, handed over (ids and names, never content). */
    public static final String SHIFT_PLANNED = "SHIFT_PLANNED";
    public static final String SHIFT_CHANGED = "SHIFT_CHANGED";
    public static final String SHIFT_REMOVED = "SHIFT_REMOVED";
    public static final String SHIFT_SIGNED_UP = "SHIFT_SIGNED_UP";
    public static final String SHIFT_HANDED_OVER = "SHIFT_HANDED_OVER";

    /** A coordinator read the escalations inbox (the workers' reasons): the ids shown. */
    public static final String ESCALATIONS_READ = "ESCALATIONS_READ";
    /** A coordinator took over an escalated report or returned it to a worker. */
    public static final String ESCALATION_ANSWERED = "ESCALATION_ANSWERED";
    /** A coordinator acknowledged an alert. */
    public static final String ALERT_ACKNOWLEDGED = "ALERT_ACKNOWLEDGED";

    public static final String RETENTION_DRY_RUN = "RETENTION_DRY_RUN";
    public static final String RETENTION_RUN = "RETENTION_RUN";

    private AuditActions() {
    }
}
