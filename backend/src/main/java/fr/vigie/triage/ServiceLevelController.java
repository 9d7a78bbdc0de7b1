package fr.vigie.triage;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/queue/service-levels?from=&to=} (coordinators): per band, the reports received
 * in the period, how many were claimed, the median and 90th percentile of the time to first claim
 * (from the claim history) and how many waited past the band's time. Figures only.
 */
@RestController
class ServiceLevelController {

    record ServiceLevelFigures(Instant from, Instant to, Map<PriorityBand, ServiceLevels.TimeToClaim> timeToFirstClaim,
            Duration claimedUndecided) {
    }

    private final ServiceLevels levels;

    ServiceLevelController(ServiceLevels levels) {
        this.levels = levels;
    }

    @GetMapping(path = "/api/v1/queue/service-levels", produces = MediaType.APPLICATION_JSON_VALUE)
    ServiceLevelFigures serviceLevels(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        var now = Instant.now();
        Instant end = to == null ? now : instant(to, "to");
        Instant start = from == null ? end.minus(Duration.ofDays(7)) : instant(from, "from");
        if (!end.isAfter(start)) {
            throw TriageProblem.badParameter("to", "doit être après from / must be after from");
        }
        var bands = new EnumMap<PriorityBand, ServiceLevels.TimeToClaim>(PriorityBand.class);
        for (var band : PriorityBand.values()) {
            bands.put(band, levels.timeToFirstClaim(band, start, end, now));
        }
        return new ServiceLevelFigures(start, end, bands, levels.claimedUndecided());
    }

    private static Instant instant(String value, String name) {
        try {
            return java.time.OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw TriageProblem.badParameter(name, "instant ISO-8601 avec fuseau attendu / expected an ISO-8601 instant with offset");
        }
    }
}
