package fr.vigie.triage;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code vigie.triage.sla.*}: how long a report of each band may wait for its first claim (SPEC,
 * Coordination API: P1 15 min, P2 2 h, P3 24 h; P4 has none), and how long a claim may stay
 * without a decision, before the coordinator on duty is alerted. Seconds work too (tests).
 */
@ConfigurationProperties("vigie.triage.sla")
public record ServiceLevelProperties(
        @DefaultValue("15m") Duration p1,
        @DefaultValue("2h") Duration p2,
        @DefaultValue("24h") Duration p3,
        @DefaultValue("2h") Duration claimedUndecided) {

    /** The bands that have a time to first claim, with it. */
    public Map<PriorityBand, Duration> firstClaim() {
        var thresholds = new EnumMap<PriorityBand, Duration>(PriorityBand.class);
        thresholds.put(PriorityBand.P1, p1);
        thresholds.put(PriorityBand.P2, p2);
        thresholds.put(PriorityBand.P3, p3);
        return thresholds;
    }
}
