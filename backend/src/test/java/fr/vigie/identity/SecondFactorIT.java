package fr.vigie.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.vigie.audit.Audit;
import fr.vigie.audit.AuditQuery;
import fr.vigie.support.BrowserScript;
import fr.vigie.support.EmbeddedServersTest;
import fr.vigie.support.TestUsers;

/** Enrolling a TOTP second factor, logging in with it, replay refused, reset by an administrator. */
class SecondFactorIT extends EmbeddedServersTest {

    private static final String PASSWORD = "cheval-agrafe-pile-42";

    @Autowired
    Audit audit;

    @Autowired
    UserAccounts users;

    @Autowired
    JdbcClient jdbc;

    private String storedSecret(String username) {
        return jdbc.sql("select totp_secret from app_user where username = :u").param("u", username)
                .query(String.class).single();
    }

    private static Map<String, String> credentials(String username, String code) {
        return code == null ? Map.of("username", username, "password", PASSWORD)
                : Map.of("username", username, "password", PASSWORD, "code", code);
    }

    @Test
    void aPersonEnrolsThenNeedsACodeToLogInAndAnAdminCanResetIt() {
        var admin = api();
        assertThat(admin.login("admin", ADMIN_PASSWORD).status()).isEqualTo(200);
        String name = "totp-" + UUID.randomUUID().toString().substring(0, 8);
        var created = admin.post("/api/v1/admin/users", Map.of("username", name, "password", PASSWORD,
                "roles", List.of("COORDINATOR")));
        String id = created.body().get("id").asString();

        var person = api();
        var login = person.login(name, PASSWORD);
        assertThat(login.body().get("secondFactorEnabled").asBoolean()).isFalse();
        var setup = person.post("/api/v1/auth/second-factor/setup", Map.of());
        assertThat(setup.status()).isEqualTo(200);
        String secret = setup.body().get("secret").asString();
        assertThat(setup.body().get("uri").asString())
                .isEqualTo("otpauth://totp/Vigie%3A" + name + "?secret=" + secret + "&issuer=Vigie&algorithm=SHA1&digits=6&period=30");

        long step = Totp.step(Instant.now());
        String wrong = Totp.code(secret, step).equals("000000") ? "111111" : "000000";
        var refused = person.post("/api/v1/auth/second-factor/confirm", Map.of("code", wrong));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body().get("errors").get(0).get("field").asString()).isEqualTo("code");
        assertThat(person.post("/api/v1/auth/second-factor/confirm", Map.of("code", Totp.code(secret, step))).status())
                .isEqualTo(204);
        assertThat(person.get("/api/v1/auth/me").body().get("secondFactorEnabled").asBoolean()).isTrue();
        assertThat(storedSecret(name)).as("sealed in the database, never the secret itself")
                .startsWith(SecretSeal.PREFIX).doesNotContain(secret);

        // the password alone is not enough any more
        var noCode = api();
        var asked = noCode.post("/api/v1/auth/login", credentials(name, null));
        assertThat(asked.status()).isEqualTo(401);
        assertThat(asked.body().get("secondFactor").asString()).isEqualTo("TOTP");
        assertThat(noCode.get("/api/v1/auth/me").status()).isEqualTo(401);
        assertThat(api().post("/api/v1/auth/login", credentials(name, wrong)).status()).isEqualTo(401);

        // the next step's code works once (the confirmation used this step's)
        String next = Totp.code(secret, step + 1);
        var withCode = api();
        assertThat(withCode.post("/api/v1/auth/login", credentials(name, next)).status()).isEqualTo(200);
        assertThat(withCode.get("/api/v1/auth/me").status()).isEqualTo(200);
        assertThat(api().post("/api/v1/auth/login", credentials(name, next)).status()).as("replay").isEqualTo(401);
        assertThat(audit.search(new AuditQuery(null, name, "LOGIN_FAILED", null, null, 10)))
                .anySatisfy(e -> assertThat(e.details()).contains("bad_second_factor"));

        // lost phone: the administrator resets it; the open session ends
        var reset = admin.post("/api/v1/admin/users/" + id + "/second-factor/reset", Map.of());
        assertThat(reset.status()).isEqualTo(200);
        assertThat(reset.body().get("secondFactor").asBoolean()).isFalse();
        assertThat(withCode.get("/api/v1/auth/me").status()).isEqualTo(401);
        assertThat(api().post("/api/v1/auth/login", credentials(name, null)).status()).isEqualTo(200);
    }

    @Test
    void aSecretStoredInClearByAnEarlierVersionIsSealedAtStartAndStillWorks() {
        String name = TestUsers.ensure(users, "totp-clear-" + UUID.randomUUID().toString().substring(0, 8), Role.WORKER);
        String secret = Totp.newSecret();
        jdbc.sql("update app_user set totp_secret = :s where username = :u").param("s", secret).param("u", name).update();

        users.sealStoredSecrets(); // what every start does

        assertThat(storedSecret(name)).startsWith(SecretSeal.PREFIX).doesNotContain(secret);
        var login = api().post("/api/v1/auth/login", Map.of("username", name, "password", TestUsers.PASSWORD,
                "code", Totp.code(secret, Totp.step(Instant.now()))));
        assertThat(login.status()).isEqualTo(200);
    }

    @Test
    void aSecretSealedWithAnotherKeyRefusesTheLoginWithAClearMessage() {
        String name = TestUsers.ensure(users, "totp-lost-key-" + UUID.randomUUID().toString().substring(0, 8), Role.WORKER);
        String secret = Totp.newSecret();
        String sealedElsewhere = new SecretSeal(new byte[32]).seal(secret, name); // not this server's key
        jdbc.sql("update app_user set totp_secret = :s where username = :u").param("s", sealedElsewhere).param("u", name)
                .update();

        var login = api().post("/api/v1/auth/login", Map.of("username", name, "password", TestUsers.PASSWORD,
                "code", Totp.code(secret, Totp.step(Instant.now()))));
        assertThat(login.status()).isEqualTo(401);
        assertThat(login.body().get("detail").asString()).contains("réinitialiser");
        assertThat(audit.search(new AuditQuery(null, name, "LOGIN_FAILED", null, null, 10)))
                .anySatisfy(e -> assertThat(e.details()).contains("unreadable_second_factor"));
    }

    @Test
    void aPersonSetsItUpAndLogsInWithItInARealBrowser() throws Exception {
        String name = TestUsers.ensure(users, "totp-browser-" + UUID.randomUUID().toString().substring(0, 8), Role.WORKER);
        BrowserScript.of("second-factor.e2e.mjs").against(port)
                .with("VIGIE_USERNAME", name)
                .with("VIGIE_PASSWORD", TestUsers.PASSWORD)
                .runsSuccessfully();
        assertThat(users.findByUsername(name).orElseThrow().secondFactor()).isTrue();
    }
}
