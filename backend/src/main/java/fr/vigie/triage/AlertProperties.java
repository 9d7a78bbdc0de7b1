package fr.vigie.triage;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code vigie.triage.alerts.*}.
 *
 * @param unclaimedP1After how long a P1 report may wait with nobody holding it before the
 *                         coordinators are alerted (SPEC, shifts: "a P1 left unclaimed too long
 *                         alerts the coordinator on duty")
 */
@ConfigurationProperties("vigie.triage.alerts")
record AlertProperties(@DefaultValue("15m") Duration unclaimedP1After) {
}
