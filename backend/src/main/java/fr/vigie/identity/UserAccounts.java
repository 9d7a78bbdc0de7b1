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

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * The people who log in to the workbench. Every change that must end the user's open sessions
 * (disable, roles, password) bumps the account's {@code version}; sessions remember the version
 * they began with and end when it changes.
 */
@Service
public class UserAccounts implements UserDetailsService {

    /** An account as administrators see it: never the password hash. */
    public record Account(UUID id, String username, List<Role> roles, boolean enabled, Instant createdAt,
            Instant updatedAt, int version) {
    }

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;

    UserAccounts(JdbcClient jdbc, PasswordEncoder passwords) {
        this.jdbc = jdbc;
        this.passwords = passwords;
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

    private static String[] roleNames(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().toArray(String[]::new);
    }

    private static Account account(ResultSet rs, int row) throws SQLException {
        return new Account(rs.getObject("id", UUID.class), rs.getString("username"), roles(rs.getArray("roles")),
                rs.getBoolean("enabled"), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(), rs.getInt("version"));
    }

    private static List<Role> roles(Array array) throws SQLException {
        return Arrays.stream((String[]) array.getArray()).map(Role::valueOf).sorted().toList();
    }
}
