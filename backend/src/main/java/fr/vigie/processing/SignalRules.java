package fr.vigie.processing;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.vigie.processing.analysis.ReportAnalyser;
import fr.vigie.processing.analysis.RuleSet;

/**
 * The signal rules in force: the newest published version, or the shipped defaults when none
 * was ever published. Publishing keeps every earlier version (who, when, why).
 */
@Service
class SignalRules {

    /** One published version of the rules. */
    public record Version(String version, String publishedBy, java.time.Instant publishedAt, String comment) {
    }

    private record Active(RuleSet rules, ReportAnalyser analyser) {
        Active(RuleSet rules) {
            this(rules, new ReportAnalyser(rules));
        }
    }

    private final JdbcClient jdbc;
    private final AtomicReference<Active> active = new AtomicReference<>();

    SignalRules(JdbcClient jdbc) {
        this.jdbc = jdbc;
        active.set(new Active(load()));
    }

    ReportAnalyser analyser() {
        return active.get().analyser();
    }

    public RuleSet current() {
        return active.get().rules();
    }

    public List<Version> history() {
        return jdbc.sql("select version, published_by, published_at, comment from rule_set order by published_at desc")
                .query((rs, n) -> new Version(rs.getString("version"), rs.getString("published_by"),
                        rs.getTimestamp("published_at").toInstant(), rs.getString("comment")))
                .list();
    }

    /** Stores and activates a new version; its version name must be new. */
    @Transactional
    public RuleSet publish(RuleSet rules, String by, String comment) {
        if (rules.version().equals(current().version()) || jdbc.sql("select count(*) from rule_set where version = :v")
                .param("v", rules.version()).query(Long.class).single() > 0) {
            throw new IllegalArgumentException("version already used: " + rules.version());
        }
        jdbc.sql("insert into rule_set (version, definition, published_by, comment) values (:v, cast(:d as jsonb), :by, :c)")
                .param("v", rules.version()).param("d", rules.toJson()).param("by", by).param("c", comment)
                .update();
        active.set(new Active(rules));
        return rules;
    }

    private RuleSet load() {
        return jdbc.sql("select definition::text from rule_set order by published_at desc limit 1")
                .query(String.class).optional()
                .map(RuleSet::fromJson)
                .orElseGet(RuleSet::defaults);
    }
}
