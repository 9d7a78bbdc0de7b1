package fr.vigie.triage;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** @param lease how long a claim lasts without renewal (the open report renews it) */
@ConfigurationProperties("vigie.triage.claims")
record ClaimProperties(@DefaultValue("20m") Duration lease) {
}
