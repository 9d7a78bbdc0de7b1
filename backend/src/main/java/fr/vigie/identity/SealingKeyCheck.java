package fr.vigie.identity;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Instances sharing a database must seal second-factor secrets with the same key, or a secret
 * enrolled through one could not be opened by another. The first instance stores its key's
 * check value; an instance whose key gives another value refuses to start, before it seals
 * anything.
 */
final class SealingKeyCheck {

    private SealingKeyCheck() {
    }

    static void verify(JdbcClient jdbc, SecretSeal seal, String keySource) {
        String mine = seal.checkValue();
        jdbc.sql("insert into second_factor_key_check (id, check_value) values (1, :value) on conflict (id) do nothing")
                .param("value", mine).update();
        String stored = jdbc.sql("select check_value from second_factor_key_check where id = 1").query(String.class).single();
        if (!stored.equals(mine)) {
            throw new IllegalStateException("Vigie refuses to start: this instance's second-factor sealing key (" + keySource
                    + ") is not the key of the other instances using this database (its check value differs from the one "
                    + "stored in second_factor_key_check). Give every instance the same key "
                    + "(vigie.security.second-factor.secret-key, VIGIE_SECOND_FACTOR_SECRET_KEY).");
        }
    }
}
