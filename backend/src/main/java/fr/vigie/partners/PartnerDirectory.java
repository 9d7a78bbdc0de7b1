package fr.vigie.partners;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Partners and their API keys. */
@Service
public class PartnerDirectory {

    /** How fresh a key's "last used" is kept: shown to an administrator, to the minute. */
    private static final java.time.Duration LAST_USE_PRECISION = java.time.Duration.ofMinutes(1);

    private final JdbcClient jdbc;

    PartnerDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The partner holding this key, if the key exists and is not revoked. */
    public Optional<PartnerIdentity> authenticate(String apiKey) {
        if (apiKey == null || apiKey.length() < 16 || apiKey.length() > 200) {
            return Optional.empty();
        }
        var candidates = jdbc.sql("""
                select k.id, k.salt, k.hash, p.id as partner_id, p.name
                from partner_api_key k join partner p on p.id = k.partner_id
                where k.prefix = :prefix and k.revoked_at is null""")
                .param("prefix", ApiKeyHash.prefixOf(apiKey))
                .query((rs, n) -> new StoredKey(rs.getObject("id", UUID.class),
                        new ApiKeyHash(rs.getBytes("salt"), rs.getBytes("hash")),
                        new PartnerIdentity(rs.getObject("partner_id", UUID.class), rs.getString("name"))))
                .list();
        return candidates.stream().filter(k -> k.hash().matches(apiKey)).findFirst().map(k -> {
            // At most once a minute per key: writing the same row at every request queued all of a
            // partner's calls on its row lock (PostgreSQL locks no row that the condition skips).
            Instant now = Instant.now();
            jdbc.sql("""
                    update partner_api_key set last_used_at = :now
                    where id = :id and (last_used_at is null or last_used_at < :staleBefore)""")
                    .param("now", java.sql.Timestamp.from(now)).param("id", k.id())
                    .param("staleBefore", java.sql.Timestamp.from(now.minus(LAST_USE_PRECISION))).update();
            return k.partner();
        });
    }

    public Optional<PartnerIdentity> findByName(String name) {
        return jdbc.sql("select id, name from partner where name = :name").param("name", name)
                .query((rs, n) -> new PartnerIdentity(rs.getObject("id", UUID.class), rs.getString("name")))
                .optional();
    }

    @Transactional
    public PartnerIdentity create(String name) {
        var partner = new PartnerIdentity(UUID.randomUUID(), name);
        jdbc.sql("insert into partner (id, name) values (:id, :name)")
                .param("id", partner.id()).param("name", name).update();
        return partner;
    }

    /** Stores a key for the partner; the key itself is never stored. */
    @Transactional
    public UUID addKey(UUID partnerId, String apiKey) {
        var hash = ApiKeyHash.of(apiKey);
        var keyId = UUID.randomUUID();
        jdbc.sql("""
                insert into partner_api_key (id, partner_id, prefix, salt, hash)
                values (:id, :partner, :prefix, :salt, :hash)""")
                .param("id", keyId).param("partner", partnerId)
                .param("prefix", ApiKeyHash.prefixOf(apiKey))
                .param("salt", hash.salt()).param("hash", hash.hash())
                .update();
        return keyId;
    }

    /** Issues a new random key for the partner. */
    @Transactional
    public IssuedKey issueKey(PartnerIdentity partner) {
        String key = ApiKeys.generate();
        UUID keyId = addKey(partner.id(), key);
        return new IssuedKey(partner.id(), partner.name(), keyId, ApiKeyHash.prefixOf(key), key);
    }

    /** Revokes a key at once; false if the partner has no such active key. */
    public boolean revokeKey(UUID partnerId, UUID keyId) {
        return jdbc.sql("update partner_api_key set revoked_at = now() where id = :key and partner_id = :partner and revoked_at is null")
                .param("key", keyId).param("partner", partnerId).update() == 1;
    }

    public Optional<PartnerIdentity> findById(UUID id) {
        return jdbc.sql("select id, name from partner where id = :id").param("id", id)
                .query((rs, n) -> new PartnerIdentity(rs.getObject("id", UUID.class), rs.getString("name")))
                .optional();
    }

    public java.util.List<PartnerSummary> list() {
        var keys = jdbc.sql("select id, partner_id, prefix, created_at, last_used_at, revoked_at from partner_api_key order by created_at")
                .query((rs, n) -> java.util.Map.entry(rs.getObject("partner_id", UUID.class), new PartnerSummary.KeySummary(
                        rs.getObject("id", UUID.class), rs.getString("prefix"), instant(rs.getTimestamp("created_at")),
                        instant(rs.getTimestamp("last_used_at")), instant(rs.getTimestamp("revoked_at")))))
                .list();
        return jdbc.sql("select id, name, created_at, requests_per_minute from partner order by name")
                .query((rs, n) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    return new PartnerSummary(id, rs.getString("name"), instant(rs.getTimestamp("created_at")),
                            (Integer) rs.getObject("requests_per_minute"),
                            keys.stream().filter(k -> k.getKey().equals(id)).map(java.util.Map.Entry::getValue).toList());
                })
                .list();
    }

    private static Instant instant(java.sql.Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    public boolean hasKey(UUID partnerId, String apiKey) {
        return authenticate(apiKey).filter(p -> p.id().equals(partnerId)).isPresent();
    }

    private record StoredKey(UUID id, ApiKeyHash hash, PartnerIdentity partner) {
    }
}
