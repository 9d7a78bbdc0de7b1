package fr.vigie.intake;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Answers already given to batch calls that carried an {@code Idempotency-Key}. */
@Repository
class IntakeBatches {

    record Stored(String requestHash, String response) {
    }

    private final JdbcClient jdbc;

    IntakeBatches(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Stored> find(String source, String key) {
        return jdbc.sql("select request_hash, response::text as response from intake_batch where source = :source and idempotency_key = :key")
                .param("source", source).param("key", key)
                .query((rs, n) -> new Stored(rs.getString("request_hash"), rs.getString("response")))
                .optional();
    }

    void remember(String source, String key, String requestHash, String response) {
        jdbc.sql("""
                insert into intake_batch (source, idempotency_key, request_hash, response)
                values (:source, :key, :hash, cast(:response as jsonb))
                on conflict do nothing""")
                .param("source", source).param("key", key).param("hash", requestHash).param("response", response)
                .update();
    }
}
