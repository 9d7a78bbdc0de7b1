package fr.vigie.webhooks;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import fr.vigie.identity.SealedSecrets;

/**
 * Each partner's webhook: its URL and its signing secret, sealed ({@link SealedSecrets}, bound to
 * the partner). The secret is generated here and shown once, in the answer that sets or rotates
 * it; after a rotation the previous one keeps signing for {@code previous-secret-valid-for}.
 */
@Repository
class PartnerWebhooks {

    /** A partner's webhook as administrators see it: never the secret. */
    record Webhook(UUID partnerId, String url, Instant createdAt, Instant updatedAt, Instant previousSecretValidUntil) {
    }

    /** What the administrator gets once: the secret to give the partner. */
    record IssuedSecret(UUID partnerId, String url, String secret, Instant previousSecretValidUntil) {
    }

    private final JdbcClient jdbc;
    private final SealedSecrets seals;
    private final WebhookProperties properties;
    private final Clock clock = Clock.systemUTC();

    PartnerWebhooks(JdbcClient jdbc, SealedSecrets seals, WebhookProperties properties) {
        this.jdbc = jdbc;
        this.seals = seals;
        this.properties = properties;
    }

    Optional<Webhook> of(UUID partnerId) {
        return jdbc.sql("select partner_id, url, created_at, updated_at, previous_valid_until from partner_webhook where partner_id = :p")
                .param("p", partnerId)
                .query((rs, n) -> new Webhook(rs.getObject("partner_id", UUID.class), rs.getString("url"),
                        rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant(),
                        rs.getTimestamp("previous_valid_until") == null ? null : rs.getTimestamp("previous_valid_until").toInstant()))
                .optional();
    }

    /** Those of these partners that have a webhook: one statement. */
    java.util.Set<UUID> withWebhook(java.util.Collection<UUID> partnerIds) {
        if (partnerIds.isEmpty()) {
            return java.util.Set.of();
        }
        return java.util.Set.copyOf(jdbc.sql("select partner_id from partner_webhook where partner_id = any(:p)")
                .param("p", partnerIds.toArray(UUID[]::new)).query(UUID.class).list());
    }

    boolean exists(UUID partnerId) {
        return jdbc.sql("select count(*) from partner_webhook where partner_id = :p").param("p", partnerId)
                .query(Long.class).single() == 1;
    }

    /**
     * Sets the URL with a new secret (setting or changing the URL is also a rotation: the secret
     * is shown in this answer only). A former secret keeps signing for a while.
     */
    @Transactional
    IssuedSecret set(UUID partnerId, String url) {
        String secret = WebhookSignature.newSecret();
        String sealed = seals.seal(secret, owner(partnerId));
        Instant until = clock.instant().plus(properties.previousSecretValidFor());
        jdbc.sql("""
                insert into partner_webhook (partner_id, url, secret_sealed) values (:p, :url, :sealed)
                on conflict (partner_id) do update set url = excluded.url, secret_sealed = excluded.secret_sealed,
                    previous_secret_sealed = partner_webhook.secret_sealed, previous_valid_until = :until, updated_at = now()""")
                .param("p", partnerId).param("url", url).param("sealed", sealed).param("until", Timestamp.from(until)).update();
        var webhook = of(partnerId).orElseThrow();
        return new IssuedSecret(partnerId, url, secret, webhook.previousSecretValidUntil());
    }

    /** A new secret for the same URL; empty if the partner has no webhook. */
    @Transactional
    Optional<IssuedSecret> rotate(UUID partnerId) {
        return of(partnerId).map(w -> set(partnerId, w.url()));
    }

    @Transactional
    boolean remove(UUID partnerId) {
        return jdbc.sql("delete from partner_webhook where partner_id = :p").param("p", partnerId).update() == 1;
    }

    /** The secrets that sign now: the current one, and the previous one while it is still valid. */
    List<String> signingSecrets(UUID partnerId) {
        return jdbc.sql("select secret_sealed, previous_secret_sealed, previous_valid_until from partner_webhook where partner_id = :p")
                .param("p", partnerId)
                .query((rs, n) -> {
                    var secrets = new ArrayList<String>();
                    secrets.add(seals.open(rs.getString("secret_sealed"), owner(partnerId)));
                    var until = rs.getTimestamp("previous_valid_until");
                    if (rs.getString("previous_secret_sealed") != null && until != null && until.toInstant().isAfter(clock.instant())) {
                        secrets.add(seals.open(rs.getString("previous_secret_sealed"), owner(partnerId)));
                    }
                    return List.copyOf(secrets);
                })
                .optional().orElse(List.of());
    }

    private static String owner(UUID partnerId) {
        return "webhook:" + partnerId;
    }
}
