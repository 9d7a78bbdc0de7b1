package fr.vigie.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import fr.vigie.audit.Audit;
import fr.vigie.audit.AuditQuery;
import fr.vigie.support.EmbeddedServersTest;
import fr.vigie.support.VigieApi;

/** Accounts administered through the API, with the effects on login and sessions. */
class UserAdministrationIT extends EmbeddedServersTest {

    private static final String STRONG = "cheval-agrafe-pile-42";

    @Autowired
    Audit audit;

    private VigieApi admin() {
        var admin = api();
        assertThat(admin.login("admin", ADMIN_PASSWORD).status()).isEqualTo(200);
        return admin;
    }

    private static String username(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void anAdminCreatesAWorkerWhoCanLogInAndIsSeenInTheList() {
        var admin = admin();
        String name = username("camille");

        var created = admin.post("/api/v1/admin/users", Map.of("username", name, "password", STRONG,
                "roles", List.of("WORKER")));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body().get("username").asString()).isEqualTo(name);
        assertThat(created.body().get("roles").toString()).isEqualTo("[\"WORKER\"]");
        assertThat(created.body().get("enabled").asBoolean()).isTrue();
        assertThat(created.body().has("passwordHash")).isFalse();

        var list = admin.get("/api/v1/admin/users");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body().get("items").valueStream().map(u -> u.get("username").asString())).contains(name, "admin");

        var worker = api();
        var login = worker.login(name, STRONG);
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.body().get("roles").toString()).isEqualTo("[\"WORKER\"]");
        assertThat(worker.get("/api/v1/queue").status()).isEqualTo(200);
        assertThat(worker.get("/api/v1/admin/users").status()).isEqualTo(403);

        assertThat(admin.post("/api/v1/admin/users", Map.of("username", name, "password", STRONG,
                "roles", List.of("WORKER"))).status()).isEqualTo(409);
        var createdAudit = audit.search(new AuditQuery(null, "admin", "USER_CREATED", null, null, 50));
        assertThat(createdAudit).anySatisfy(e -> assertThat(e.details()).contains(name));
    }

    @Test
    void weakPasswordsAndBadFieldsAreRefusedWith422NamingTheField() {
        var admin = admin();
        assertField(admin.post("/api/v1/admin/users", Map.of("username", username("dom"), "password", "trop-court",
                "roles", List.of("WORKER"))), "password");
        assertField(admin.post("/api/v1/admin/users", Map.of("username", username("dom"), "password", "azertyuiop123",
                "roles", List.of("WORKER"))), "password");
        assertField(admin.post("/api/v1/admin/users", Map.of("username", "Pas Valide!", "password", STRONG,
                "roles", List.of("WORKER"))), "username");
        assertField(admin.post("/api/v1/admin/users", Map.of("username", username("dom"), "password", STRONG,
                "roles", List.of("PARTNER"))), "roles");
        assertField(admin.post("/api/v1/admin/users", Map.of("username", username("dom"), "password", STRONG,
                "roles", List.of())), "roles");
    }

    @Test
    void disablingEndsTheSessionAndRefusesLoginUntilReEnabled() {
        var admin = admin();
        String name = username("sacha");
        String id = create(admin, name, "WORKER");
        var worker = api();
        assertThat(worker.login(name, STRONG).status()).isEqualTo(200);

        var disabled = admin.post("/api/v1/admin/users/" + id + "/disable", Map.of());
        assertThat(disabled.status()).isEqualTo(200);
        assertThat(disabled.body().get("enabled").asBoolean()).isFalse();
        assertThat(worker.get("/api/v1/queue").status()).as("the open session ends").isEqualTo(401);
        assertThat(api().login(name, STRONG).status()).isEqualTo(401);

        assertThat(admin.post("/api/v1/admin/users/" + id + "/enable", Map.of()).status()).isEqualTo(200);
        assertThat(api().login(name, STRONG).status()).isEqualTo(200);
    }

    @Test
    void changingRolesAndResettingThePasswordTakeEffectAtOnce() {
        var admin = admin();
        String name = username("lou");
        String id = create(admin, name, "WORKER");
        var person = api();
        assertThat(person.login(name, STRONG).status()).isEqualTo(200);

        var changed = admin.put("/api/v1/admin/users/" + id + "/roles", Map.of("roles", List.of("COORDINATOR", "ADMIN")));
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.body().get("roles").toString()).isEqualTo("[\"COORDINATOR\",\"ADMIN\"]");
        assertThat(person.get("/api/v1/auth/me").status()).as("roles changed: log in again").isEqualTo(401);
        assertThat(person.login(name, STRONG).body().get("roles").toString()).isEqualTo("[\"ADMIN\",\"COORDINATOR\"]");

        assertField(admin.put("/api/v1/admin/users/" + id + "/password", Map.of("password", "123456789012")), "password");
        assertThat(admin.put("/api/v1/admin/users/" + id + "/password", Map.of("password", "nouvelle-phrase-secrete-7"))
                .status()).isEqualTo(204);
        assertThat(person.get("/api/v1/auth/me").status()).isEqualTo(401);
        assertThat(api().login(name, STRONG).status()).isEqualTo(401);
        assertThat(api().login(name, "nouvelle-phrase-secrete-7").status()).isEqualTo(200);

        assertThat(admin.post("/api/v1/admin/users/" + UUID.randomUUID() + "/disable", Map.of()).status()).isEqualTo(404);
    }

    @Test
    void anAdminCannotDisableThemselvesNorDropTheirOwnAdminRole() {
        var admin = admin();
        String adminId = admin.get("/api/v1/admin/users").body().get("items").valueStream()
                .filter(u -> u.get("username").asString().equals("admin")).findFirst().orElseThrow().get("id").asString();
        assertThat(admin.post("/api/v1/admin/users/" + adminId + "/disable", Map.of()).status()).isEqualTo(409);
        assertThat(admin.put("/api/v1/admin/users/" + adminId + "/roles", Map.of("roles", List.of("WORKER"))).status())
                .isEqualTo(409);
    }

    @Test
    void fiveFailuresLockTheUsernameWith423UntilAnAdminUnlocksIt() {
        var admin = admin();
        String name = username("lock");
        String id = create(admin, name, "WORKER");
        for (int i = 0; i < 5; i++) {
            assertThat(api().login(name, "wrong-password-" + i).status()).isEqualTo(401);
        }
        var locked = api().login(name, STRONG);
        assertThat(locked.status()).as("even the right password, while locked").isEqualTo(423);
        assertThat(locked.contentType()).isEqualTo("application/problem+json");
        assertThat(locked.headers().get("retry-after")).isNotEmpty();
        var view = admin.get("/api/v1/admin/users").body().get("items").valueStream()
                .filter(u -> u.get("id").asString().equals(id)).findFirst().orElseThrow();
        assertThat(view.get("locked").asBoolean()).isTrue();

        assertThat(admin.post("/api/v1/admin/users/" + id + "/unlock", Map.of()).status()).isEqualTo(200);
        assertThat(api().login(name, STRONG).status()).isEqualTo(200);

        var failures = audit.search(new AuditQuery(null, name, "LOGIN_FAILED", null, null, 50));
        assertThat(failures).hasSize(6);
        assertThat(failures.getFirst().details()).contains("locked");
        assertThat(failures).allSatisfy(e -> assertThat(e.sourceAddress()).isEqualTo("127.0.0.1"));
        assertThat(audit.search(new AuditQuery(null, name, "LOGIN_SUCCEEDED", null, null, 50))).hasSize(1);
    }

    private static String create(VigieApi admin, String name, String... roles) {
        var created = admin.post("/api/v1/admin/users", Map.of("username", name, "password", STRONG, "roles", List.of(roles)));
        assertThat(created.status()).isEqualTo(201);
        return created.body().get("id").asString();
    }

    private static void assertField(VigieApi.Response response, String field) {
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        JsonNode errors = response.body().get("errors");
        assertThat(errors.valueStream().map(e -> e.get("field").asString())).containsExactly(field);
    }
}
