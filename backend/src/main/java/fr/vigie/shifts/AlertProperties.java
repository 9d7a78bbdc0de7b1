package fr.vigie.shifts;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code vigie.alerts.*}. The thresholds themselves are triage's ({@code vigie.triage.sla.*}).
 * E-mail is sent only when Spring's mail sender is configured ({@code spring.mail.host}).
 *
 * @param sweepInterval how often the alert rules are checked (and e-mails sent); the alerts page
 *                      also checks them whenever it is read
 * @param linkBase      the workbench's address as coordinators reach it, for the link in an e-mail
 * @param mailFrom      the sender of alert e-mails
 */
@ConfigurationProperties("vigie.alerts")
public record AlertProperties(
        @DefaultValue("30s") Duration sweepInterval,
        @DefaultValue("http://localhost:8080") String linkBase,
        @DefaultValue("vigie@localhost") String mailFrom) {
}
