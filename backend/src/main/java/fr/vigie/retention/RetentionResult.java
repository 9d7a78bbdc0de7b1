package fr.vigie.retention;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What a run did, or what a dry run would do.
 *
 * @param rules         one line per rule of the policy
 * @param keptUnchanged reports in other statuses unchanged for longer than {@code keptOlderThan},
 *                      per status: kept, listed so that someone looks at them
 */
record RetentionResult(boolean dryRun, Instant ranAt, List<Rule> rules, Duration keptOlderThan,
        Map<String, Long> keptUnchanged) {

    public enum Action { PURGE, ANONYMISE }

    /** @param reportIds the reports concerned (ids only) */
    public record Rule(String status, Action action, Duration after, Instant unchangedBefore, int count,
            List<UUID> reportIds) {
    }

    public int total() {
        return rules.stream().mapToInt(Rule::count).sum();
    }
}
