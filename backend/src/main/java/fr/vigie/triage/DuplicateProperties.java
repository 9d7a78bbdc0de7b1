package fr.vigie.triage;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param window how far back a report with the same canonical URL or the same normalised text
 *               makes a new submission a sighting of it rather than a new queue item
 */
@ConfigurationProperties("vigie.triage.duplicates")
record DuplicateProperties(@DefaultValue("30d") Duration window) {
}
