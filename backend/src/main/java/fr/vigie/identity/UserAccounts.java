package fr.vigie.identity;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

import fr.vigie.infrastructure.VigieProperties;

/**
 * The people who log in to the workbench. Every change that must end the user's open sessions
 * (disable, roles, password) bumps the account's {@code version}; sessions remember the version
 * they began with and end when it changes.
 */
@Service
public class UserAccounts implements UserDetailsService {

    /** An account as administrators see it: never the password hash. */
    public record Account(UUID id, String username, List<Role> roles, boolean enabled, boolean secondFactor,
            Instant createdAt, Instant updatedAt, int version) {
    }

    /**
     * A confirmed TOTP secret and the last time step accepted (null before the first login with
     * it); {@code secret} is null when the stored value cannot be opened with the configured key.
     */
    record TotpState(String secret, Long lastStep) {
        boolean readable() {
            return secret != null;
        }
    }

    private static final Logger log = LoggerFactory.getLogger(UserAccounts.class);

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final SecretSeal seal;

    UserAccounts(JdbcClient jdbc, PasswordEncoder passwords, SecondFactorProperties secondFactor, VigieProperties vigie) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        var keyFile = vigie.resolvedDataDir().resolve("identity").resolve("second-factor.key");
        this.seal = SecretSeal.of(secondFactor.secretKey(), keyFile);
        SealingKeyCheck.verify(jdbc, seal, secondFactor.secretKey() == null || secondFactor.secretKey().isBlank()
                ? "the key file " + keyFile : "vigie.security.second-factor.secret-key");
    }

    /**
     * Seals the second-factor secrets stored in clear by a version before sealing existed; run at
     * every start (it finds nothing once done).
     */
    @EventListener(ApplicationReadyEvent.class)
    public void sealStoredSecrets() {
        jdbc.sql("select username, totp_secret from app_user where totp_secret is not null and totp_secret not like :sealed")
                .param("sealed", SecretSeal.PREFIX + "%")
                .query((rs, n) -> new String[] {rs.getString("username"), rs.getString("totp_secret")})
                .list()
                .forEach(row -> jdbc.sql("update app_user set totp_secret = :s where username = :u and totp_secret = :clear")
                        .param("s", seal.seal(row[1], row[0])).param("u", row[0]).param("clear", row[1]).update());
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return jdbc.sql("select username, password_hash, roles, enabled from app_user where username = :u")
                .param("u", username)
                .query((rs, n) -> User.withUsername(rs.getString("username"))
                        .password(rs.getString("password_hash"))
                        .disabled(!rs.getBoolean("enabled"))
                        .authorities(roles(rs.getArray("roles")).stream()
                                .map(r -> new SimpleGrantedAuthority(r.authority())).toList())
                        .build())
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
    }

    public boolean isEmpty() {
        return jdbc.sql("select count(*) from app_user").query(Long.class).single() == 0;
    }

    public UUID create(String username, String rawPassword, Set<Role> roles) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into app_user (id, username, password_hash, roles) values (:id, :u, :p, :r)")
                .param("id", id)
                .param("u", username)
                .param("p", passwords.encode(rawPassword))
                .param("r", roleNames(roles))
                .update();
        return id;
    }

    public boolean exists(String username) {
        return jdbc.sql("select count(*) from app_user where username = :u").param("u", username)
                .query(Long.class).single() > 0;
    }

    public List<Account> list() {
        return jdbc.sql("select * from app_user order by username").query(UserAccounts::account).list();
    }

    public Optional<Account> find(UUID id) {
        return jdbc.sql("select * from app_user where id = :id").param("id", id).query(UserAccounts::account).optional();
    }

    public Optional<Account> findByUsername(String username) {
        return jdbc.sql("select * from app_user where username = :u").param("u", username)
                .query(UserAccounts::account).optional();
    }

    /** The account's version if it exists and is enabled: what a session must still match. */
    Optional<Integer> activeVersion(String username) {
        return jdbc.sql("select version from app_user where username = :u and enabled").param("u", username)
                .query(Integer.class).optional();
    }

    public boolean setEnabled(UUID id, boolean enabled) {
        return jdbc.sql("update app_user set enabled = :e, version = version + 1, updated_at = now() where id = :id")
                .param("e", enabled).param("id", id).update() == 1;
    }

    public boolean setRoles(UUID id, Set<Role> roles) {
        return jdbc.sql("update app_user set roles = :r, version = version + 1, updated_at = now() where id = :id")
                .param("r", roleNames(roles)).param("id", id).update() == 1;
    }

    public boolean setPassword(UUID id, String rawPassword) {
        return jdbc.sql("update app_user set password_hash = :p, version = version + 1, updated_at = now() where id = :id")
                .param("p", passwords.encode(rawPassword)).param("id", id).update() == 1;
    }

    Optional<TotpState> totp(String username) {
        return jdbc.sql("select totp_secret, totp_last_step from app_user where username = :u and totp_secret is not null")
                .param("u", username)
                .query((rs, n) -> new TotpState(open(rs.getString("totp_secret"), username),
                        rs.getObject("totp_last_step", Long.class)))
                .optional();
    }

    private String open(String stored, String username) {
        try {
            return seal.open(stored, username);
        } catch (IllegalStateException e) {
            log.warn("The second-factor secret of one account cannot be opened: {}", e.getMessage());
            return null;
        }
    }

    /** Records that this step's code was used; false if it (or a later one) already was: a replay. */
    boolean useTotpStep(String username, long step) {
        return jdbc.sql("""
                update app_user set totp_last_step = :step
                where username = :u and (totp_last_step is null or totp_last_step < :step)""")
                .param("step", step).param("u", username).update() == 1;
    }

    void enableTotp(String username, String secret, long confirmedStep) {
        jdbc.sql("update app_user set totp_secret = :s, totp_last_step = :step, updated_at = now() where username = :u")
                .param("s", seal.seal(secret, username)).param("step", confirmedStep).param("u", username).update();
    }

    /** Removes the second factor (lost phone); ends the user's sessions. */
    public boolean resetTotp(UUID id) {
        return jdbc.sql("""
                update app_user set totp_secret = null, totp_last_step = null, version = version + 1, updated_at = now()
                where id = :id""").param("id", id).update() == 1;
    }

    private static String[] roleNames(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().toArray(String[]::new);
    }

    private static Account account(ResultSet rs, int row) throws SQLException {
        return new Account(rs.getObject("id", UUID.class), rs.getString("username"), roles(rs.getArray("roles")),
                rs.getBoolean("enabled"), rs.getString("totp_secret") != null, rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(), rs.getInt("version"));
    }

    private static List<Role> roles(Array array) throws SQLException {
        return Arrays.stream((String[]) array.getArray()).map(Role::valueOf).sorted().toList();
    }
}
