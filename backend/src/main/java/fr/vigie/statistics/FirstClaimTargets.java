package fr.vigie.statistics;

import java.time.Duration;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * The time each band may wait for its first claim, against which the share "within target" is
 * measured. The coordination work (shifts and alert SLAs) owns these times; until it is here,
 * no band has one and the share is not given.
 */
@Component
class FirstClaimTargets {

    Map<fr.vigie.triage.PriorityBand, Duration> byBand() {
        return Map.of();
    }
}
