package fr.vigie.processing;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.vigie.infrastructure.postgres.PostgresNotifications;
import fr.vigie.processing.analysis.ReportAnalyser;
import fr.vigie.processing.analysis.RuleSet;

/**
 * The signal rules in force: the newest published version, or the shipped defaults when none
 * was ever published. Publishing keeps every earlier version (who, when, why).
 *
 * <p>PostgreSQL is the source, for every instance. A publication is announced on the channel
 * {@value #CHANNEL} in its own transaction, so every instance loads it as soon as it commits;
 * an instance that missed the notice (its listening connection was down) catches up at its next
 * use of the rules after {@link RulesProperties#recheckEvery()}, when it reads the latest
 * version again.
 */
@Service
class SignalRules {

    static final String CHANNEL = "vigie_rules_published";

    private static final Logger log = LoggerFactory.getLogger(SignalRules.class);

    /** One published version of the rules. */
    public record Version(String version, String publishedBy, java.time.Instant publishedAt, String comment) {
    }

    private record Active(RuleSet rules, ReportAnalyser analyser) {
        Active(RuleSet rules) {
            this(rules, new ReportAnalyser(rules));
        }
    }

    private final JdbcClient jdbc;
    private final RulesProperties properties;
    private final Clock clock;
    private final AtomicReference<Active> active = new AtomicReference<>();
    private volatile Instant checkedAt;

    @Autowired
    SignalRules(JdbcClient jdbc, RulesProperties properties, PostgresNotifications notifications) {
        this(jdbc, properties, Clock.systemUTC());
        notifications.listen(CHANNEL, version -> refresh());
    }

    SignalRules(JdbcClient jdbc, RulesProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
        this.checkedAt = clock.instant();
        active.set(new Active(latest().map(RuleSet::fromJson).orElseGet(RuleSet::defaults)));
    }

    ReportAnalyser analyser() {
        recheckIfDue();
        return active.get().analyser();
    }

    public RuleSet current() {
        recheckIfDue();
        return active.get().rules();
    }

    public List<Version> history() {
        return jdbc.sql("select version, published_by, published_at, comment from rule_set order by published_at desc")
                .query((rs, n) -> new Version(rs.getString("version"), rs.getString("published_by"),
                        rs.getTimestamp("published_at").toInstant(), rs.getString("comment")))
                .list();
    }

    /** A published version's rules. */
    Optional<RuleSet> version(String version) {
        return jdbc.sql("select definition::text from rule_set where version = :v").param("v", version)
                .query(String.class).optional().map(RuleSet::fromJson);
    }

    /** Stores and activates a new version, and announces it to every instance; its version name must be new. */
    @Transactional
    public RuleSet publish(RuleSet rules, String by, String comment) {
        if (rules.version().equals(active.get().rules().version()) || jdbc.sql("select count(*) from rule_set where version = :v")
                .param("v", rules.version()).query(Long.class).single() > 0) {
            throw new IllegalArgumentException("version already used: " + rules.version());
        }
        jdbc.sql("insert into rule_set (version, definition, published_by, comment) values (:v, cast(:d as jsonb), :by, :c)")
                .param("v", rules.version()).param("d", rules.toJson()).param("by", by).param("c", comment)
                .update();
        PostgresNotifications.announce(jdbc, CHANNEL, rules.version());
        active.set(new Active(rules));
        return rules;
    }

    /** Loads the newest published version if it is not the one in force. */
    synchronized void refresh() {
        checkedAt = clock.instant();
        var newest = jdbc.sql("select version from rule_set order by published_at desc limit 1").query(String.class).optional();
        if (newest.isPresent() && !newest.get().equals(active.get().rules().version())) {
            version(newest.get()).ifPresent(rules -> {
                active.set(new Active(rules));
                log.info("Signal rules {} now in force on this instance", rules.version());
            });
        }
    }

    private void recheckIfDue() {
        if (clock.instant().isBefore(checkedAt.plus(properties.recheckEvery()))) {
            return;
        }
        try {
            refresh();
        } catch (RuntimeException e) {
            // PostgreSQL unreachable: keep the rules in force; processing waits out the outage anyway
            log.debug("Rules version not rechecked: {}", e.getClass().getSimpleName());
        }
    }

    private Optional<String> latest() {
        return jdbc.sql("select definition::text from rule_set order by published_at desc limit 1").query(String.class).optional();
    }
}
