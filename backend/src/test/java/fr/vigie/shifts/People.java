package fr.vigie.shifts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

import fr.vigie.identity.Role;
import fr.vigie.identity.UserAccounts;
import fr.vigie.support.EmbeddedServersTest;
import fr.vigie.support.TestUsers;
import fr.vigie.support.VigieApi;

/** The people of the coordination tests: new accounts with a suffix of their own, signed in. */
final class People {

    private People() {
    }

    static String create(UserAccounts users, String name, Role role) {
        return TestUsers.ensure(users, name + "-" + suffix(), role);
    }

    static VigieApi signedIn(VigieApi api, String username) {
        assertThat(api.login(username, TestUsers.PASSWORD).status()).isEqualTo(200);
        return api;
    }

    /** The bootstrap administrator: coordinator and worker too. */
    static VigieApi admin(VigieApi api) {
        assertThat(api.login("admin", EmbeddedServersTest.ADMIN_PASSWORD).status()).isEqualTo(200);
        return api;
    }

    static List<String> ids(JsonNode items) {
        return items.valueStream().map(i -> i.get("id").asString()).toList();
    }

    static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
