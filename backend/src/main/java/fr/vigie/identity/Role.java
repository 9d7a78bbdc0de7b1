package fr.vigie.identity;

/** What a caller may do in Vigie; see SPEC.md "Who uses it". */
public enum Role {
    WORKER, COORDINATOR, ADMIN, PARTNER;

    public String authority() {
        return "ROLE_" + name();
    }
}
