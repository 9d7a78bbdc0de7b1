package fr.vigie.statistics;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Service;

import fr.vigie.triage.PriorityBand;
import fr.vigie.triage.ReportFigures;

/** Puts triage's figures of a period in the terms of the Statistics API. */
@Service
class Statistics {

    private final ReportFigures figures;
    private final FirstClaimTargets targets;
    private final Clock clock;

    Statistics(ReportFigures figures, FirstClaimTargets targets) {
        this.figures = figures;
        this.targets = targets;
        this.clock = Clock.systemUTC();
    }

    Clock clock() {
        return clock;
    }

    ActivityFigures of(StatisticsPeriod period) {
        Map<PriorityBand, Duration> bandTargets = targets.byBand();
        var f = figures.of(period.from(), period.to(), period.interval(), bandTargets, clock.instant());
        var toClaim = new LinkedHashMap<String, ActivityFigures.ClaimDelay>();
        var toDecision = new LinkedHashMap<String, ActivityFigures.DecisionDelay>();
        f.delays().forEach((band, d) -> {
            Duration target = bandTargets.get(band);
            long measured = d.withinTarget() + d.pastTarget();
            toClaim.put(band.name(), new ActivityFigures.ClaimDelay(iso(d.claimP50()), iso(d.claimP90()), d.claimed(),
                    iso(target), target == null || measured == 0 ? null : (double) d.withinTarget() / measured));
            toDecision.put(band.name(), new ActivityFigures.DecisionDelay(iso(d.decisionP50()), iso(d.decisionP90()), d.decided()));
        });
        return new ActivityFigures(period.from(), period.to(), period.interval().name().toLowerCase(),
                StatisticsPeriod.ZONE.getId(), f.received(), f.byPriority(), f.byStatus(), f.byDecision(),
                f.byReferralChannel(), f.byDepartment(), f.byPlatform(),
                f.bySource().stream().map(s -> new ActivityFigures.PartnerCount(s.partnerId(), s.name(), s.received())).toList(),
                toClaim, toDecision,
                f.series().stream().map(p -> new ActivityFigures.Point(p.start(), p.received(), p.decided())).toList());
    }

    private static String iso(Duration duration) {
        return duration == null ? null : duration.toString();
    }
}
