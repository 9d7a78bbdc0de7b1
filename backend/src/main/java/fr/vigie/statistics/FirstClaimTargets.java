package fr.vigie.statistics;

import java.time.Duration;
import java.util.Map;

import org.springframework.stereotype.Component;

import fr.vigie.triage.PriorityBand;
import fr.vigie.triage.ServiceLevels;

/**
 * The time each band may wait for its first claim — the coordination's alert SLAs
 * ({@code vigie.triage.sla.*}: P1 15 min, P2 2 h, P3 24 h, P4 none) — against which the share
 * "within target" is measured.
 */
@Component
class FirstClaimTargets {

    private final ServiceLevels serviceLevels;

    FirstClaimTargets(ServiceLevels serviceLevels) {
        this.serviceLevels = serviceLevels;
    }

    Map<PriorityBand, Duration> byBand() {
        return serviceLevels.thresholds();
    }
}
