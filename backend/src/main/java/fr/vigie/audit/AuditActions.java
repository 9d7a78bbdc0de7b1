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
    public static final String REPORT_ANONYMISED = "REPORT_ANONYMISED";

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

    public static final String RETENTION_DRY_RUN = "RETENTION_DRY_RUN";
    public static final String RETENTION_RUN = "RETENTION_RUN";

    private AuditActions() {
    }
}
