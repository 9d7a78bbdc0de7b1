package fr.vigie.shifts;

import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Where each coordinator wants her alerts e-mailed: her own setting, none by default. */
@Repository
class AlertEmails {

    /** Enough to refuse a typo; the SMTP server says the rest. */
    private static final Pattern ADDRESS = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final JdbcClient jdbc;

    AlertEmails(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static boolean valid(String email) {
        return email.length() <= 254 && ADDRESS.matcher(email).matches();
    }

    Optional<String> of(String username) {
        return jdbc.sql("select email from alert_email where username = :u").param("u", username).query(String.class).optional();
    }

    void set(String username, String email) {
        if (email == null) {
            jdbc.sql("delete from alert_email where username = :u").param("u", username).update();
            return;
        }
        jdbc.sql("""
                insert into alert_email (username, email) values (:u, :e)
                on conflict (username) do update set email = excluded.email, updated_at = now()""")
                .param("u", username).param("e", email).update();
    }
}
