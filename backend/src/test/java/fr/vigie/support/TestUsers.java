package fr.vigie.support;

import java.util.Set;

import fr.vigie.identity.Role;
import fr.vigie.identity.UserAccounts;

/** People for the tests, created once in the shared database. */
public final class TestUsers {

    public static final String PASSWORD = "mot-de-passe-de-test-9174";

    private TestUsers() {
    }

    /** Creates the user with {@link #PASSWORD} unless it exists; returns the username. */
    public static synchronized String ensure(UserAccounts users, String username, Role... roles) {
        if (!users.exists(username)) {
            users.create(username, PASSWORD, Set.of(roles));
        }
        return username;
    }
}
