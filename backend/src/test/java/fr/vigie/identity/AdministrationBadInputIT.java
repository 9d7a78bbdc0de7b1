package fr.vigie.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.vigie.support.BadRequest;
import fr.vigie.support.EmbeddedServersTest;
import fr.vigie.support.ProblemAssertions;
import fr.vigie.support.TestUsers;

/**
 * Every class of bad input the administration, session and rules APIs must refuse, as an
 * administrator (and coordinator): the right status (never 5xx), a problem document naming the
 * field or parameter, and nothing stored — no account, partner, rule set or password change.
 * {@code {user}} is a real account.
 */
class AdministrationBadInputIT extends EmbeddedServersTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserAccounts users;

    static Stream<Arguments> badInputs() {
        var cases = new ArrayList<BadRequest>();
        String users = "/api/v1/admin/users";
        body(cases, "NUL in a username", "POST", users, newUser("camille\\u0000", "WORKER"), "username");
        body(cases, "unpaired surrogate in a password", "POST", users,
                "{\"username\":\"" + unique() + "\",\"password\":\"Mot-de-passe-\\ud83d-assez-long\",\"roles\":[\"WORKER\"]}", "password");
        body(cases, "an empty account", "POST", users, "{}", "username");
        body(cases, "roles of the wrong type", "POST", users,
                "{\"username\":\"" + unique() + "\",\"password\":\"Un-mot-de-passe-assez-long-42\",\"roles\":\"WORKER\"}", "roles");
        body(cases, "an unknown role", "POST", users, newUser(unique(), "KING"), "roles[0]");
        body(cases, "unpaired surrogate in a new password", "PUT", users + "/{user}/password",
                "{\"password\":\"\\udfff-Mot-de-passe-assez-long\"}", "password");
        body(cases, "roles changed to nothing", "PUT", users + "/{user}/roles", "{}", "roles");
        String partners = "/api/v1/admin/partners";
        body(cases, "NUL in a partner's name", "POST", partners, "{\"name\":\"Asso\\u0000\"}", "name");
        body(cases, "an empty partner", "POST", partners, "{}", "name");
        body(cases, "a budget that is not a number", "POST", partners, "{\"name\":\"" + unique() + "\",\"requestsPerMinute\":\"beaucoup\"}",
                "requestsPerMinute");
        body(cases, "a budget of 0", "POST", partners, "{\"name\":\"" + unique() + "\",\"requestsPerMinute\":0}", "requestsPerMinute");
        String rules = "/api/v1/rules";
        body(cases, "NUL inside a rule definition", "POST", rules, "{\"definition\":{\"signals\":[{\"label\":\"\\u0000\"}]},\"comment\":\"c\"}",
                "definition.signals[0].label");
        body(cases, "unpaired surrogate in a rule comment", "POST", rules, "{\"definition\":{},\"comment\":\"\\ud800\"}", "comment");
        body(cases, "unpaired surrogate in a rule preview", "POST", rules + "/preview", "{\"definition\":{\"\\ud800\":1}}", "definition");
        body(cases, "NUL in a login", "POST", "/api/v1/auth/login", "{\"username\":\"admin\\u0000\",\"password\":\"x\"}", "username");
        body(cases, "unpaired surrogate in a second-factor code", "POST", "/api/v1/auth/second-factor/confirm",
                "{\"code\":\"12\\ud83d34\"}", "code");
        String audit = "/api/v1/admin/audit";
        get(cases, "limit 0", audit + "?limit=0", 400, "limit");
        get(cases, "limit over 1000", audit + "?limit=1001", 400, "limit");
        get(cases, "a limit that is not a number", audit + "?limit=beaucoup", 400, "limit");
        get(cases, "a report id that is not a UUID", audit + "?reportId=pas-un-uuid", 400, "reportId");
        get(cases, "a date that is not one", audit + "?from=hier", 400, "from");
        get(cases, "NUL in the user filter", audit + "?user=a%00b", 400, "user");
        get(cases, "NUL in the action filter", audit + "?action=%00", 400, "action");
        cases.add(new BadRequest("an account id that is not a UUID", "POST", users + "/pas-un-uuid/disable", "{}", 400, "id"));
        get(cases, "%2F in an account id", users + "/a%2Fb/roles", 400, null);
        get(cases, "%00 in an account id", users + "/a%00b/roles", 400, null);
        get(cases, "an oversized query string", audit + "?user=" + "x".repeat(20_000), 414, null);
        get(cases, "an unknown path", "/api/v1/admin/nothing-here", 404, null);
        cases.add(new BadRequest("a method the audit log does not answer", "PUT", audit, "{}", 405, null));
        cases.add(new BadRequest("accounts asked for in XML", "GET", users, null, 406, null, "Accept", "application/xml"));
        return cases.stream().map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void isRefusedAndNothingIsStored(BadRequest bad) {
        String user = TestUsers.ensure(users, "bad-input-target", Role.WORKER);
        UUID userId = jdbc.sql("select id from app_user where username = :u").param("u", user).query(UUID.class).single();
        var admin = api();
        assertThat(admin.login("admin", ADMIN_PASSWORD).status()).isEqualTo(200);
        long before = stored();

        var response = admin.asPerson(bad.method(), bad.path().replace("{user}", userId.toString()), bad.body(), bad.headers());

        ProblemAssertions.assertProblem(response, bad.status(), bad.field());
        assertThat(stored()).as("accounts, partners, rule sets, account versions").isEqualTo(before);
    }

    private long stored() {
        return jdbc.sql("""
                select (select count(*) from app_user) + (select count(*) from partner) + (select count(*) from rule_set)
                     + (select coalesce(sum(version), 0) from app_user)""")
                .query(Long.class).single();
    }

    private static void body(List<BadRequest> cases, String name, String method, String path, String body, String field) {
        cases.add(BadRequest.body(name, method, path, body, field));
    }

    private static void get(List<BadRequest> cases, String name, String path, int status, String field) {
        cases.add(BadRequest.get(name, path, status, field));
    }

    private static String newUser(String username, String role) {
        return "{\"username\":\"" + username + "\",\"password\":\"Un-mot-de-passe-assez-long-42\",\"roles\":[\"" + role + "\"]}";
    }

    private static String unique() {
        return "compte-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
