package fr.vigie.intake;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param acknowledgementTimeout how long a submitter waits for Kafka's acknowledgement before
 *                               getting a 503 (and being asked to retry)
 */
@ConfigurationProperties("vigie.intake")
public record IntakeProperties(@DefaultValue("10s") Duration acknowledgementTimeout) {
}
