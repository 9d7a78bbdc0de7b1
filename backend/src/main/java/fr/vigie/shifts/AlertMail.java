package fr.vigie.shifts;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * E-mails each open, unacknowledged alert once to each of its recipients who gave an address,
 * through Spring's mail sender — only when one is configured ({@code spring.mail.host}); otherwise
 * nothing is sent. The message says band, platform, département, how long, and the link: never
 * the report's content, which stays behind the login.
 */
@Component
class AlertMail {

    private static final Logger log = LoggerFactory.getLogger(AlertMail.class);
    private static final Map<String, String> PLATFORMS = Map.of("CLASSIFIED_AD", "petites annonces", "SOCIAL_NETWORK",
            "réseau social", "MESSAGING", "messagerie", "DATING", "site de rencontre", "FORUM", "forum", "OTHER", "autre");

    private record Pending(Alert alert, String recipient, String email) {
    }

    private final JdbcClient jdbc;
    private final ObjectProvider<JavaMailSender> sender;
    private final AlertProperties properties;
    private final Clock clock = Clock.systemUTC();

    AlertMail(JdbcClient jdbc, ObjectProvider<JavaMailSender> sender, AlertProperties properties) {
        this.jdbc = jdbc;
        this.sender = sender;
        this.properties = properties;
    }

    /** Sends what is due; each (alert, recipient) is claimed by a row first, so no instance sends it twice. */
    void sendDue() {
        var mail = sender.getIfAvailable();
        if (mail == null) {
            return;
        }
        var now = clock.instant();
        var due = jdbc.sql("""
                select a.*, r.recipient, e.email from duty_alert a
                cross join lateral unnest(a.recipients) as r(recipient)
                join alert_email e on e.username = r.recipient
                where a.resolved_at is null and a.acknowledged_at is null
                  and not exists (select 1 from duty_alert_notification n
                                  where n.alert_id = a.id and n.recipient = r.recipient and n.channel = 'EMAIL')""")
                .query((rs, n) -> new Pending(DutyAlerts.alert(rs, now), rs.getString("recipient"), rs.getString("email")))
                .list();
        for (var pending : due) {
            if (claim(pending.alert().id(), pending.recipient(), now)) {
                send(mail, pending);
            }
        }
    }

    private boolean claim(UUID alert, String recipient, Instant now) {
        return jdbc.sql("""
                insert into duty_alert_notification (alert_id, recipient, channel, sent_at) values (:a, :r, 'EMAIL', :at)
                on conflict do nothing""")
                .param("a", alert).param("r", recipient).param("at", Timestamp.from(now)).update() == 1;
    }

    private void send(JavaMailSender mail, Pending pending) {
        var message = new SimpleMailMessage();
        message.setFrom(properties.mailFrom());
        message.setTo(pending.email());
        message.setSubject(subject(pending.alert()));
        message.setText(body(pending.alert(), properties.linkBase()));
        try {
            mail.send(message);
        } catch (MailException e) {
            // the alert stays in the workbench; the next sweep tries again (ids and classes only in the log)
            jdbc.sql("delete from duty_alert_notification where alert_id = :a and recipient = :r and channel = 'EMAIL'")
                    .param("a", pending.alert().id()).param("r", pending.recipient()).update();
            log.warn("Alert e-mail for alert {} not sent: {}", pending.alert().id(), e.getClass().getSimpleName());
        }
    }

    /** The platform type in French words. */
    static String platform(String code) {
        return PLATFORMS.getOrDefault(code, code);
    }

    static String subject(Alert alert) {
        return "[Vigie] " + headline(alert) + where(alert, " — ");
    }

    static String headline(Alert alert) {
        return switch (alert.kind()) {
            case UNCLAIMED -> "Signalement " + alert.priority() + " sans prise en charge";
            case CLAIMED_UNDECIDED -> "Signalement " + alert.priority() + " pris en charge sans décision";
            case ESCALATION -> "Signalement " + alert.priority() + " escaladé à la coordination";
            case EXPOSURE -> "Budget d'exposition atteint par " + alert.worker();
        };
    }

    static String body(Alert alert, String linkBase) {
        var lines = new java.util.ArrayList<String>(List.of(headline(alert) + ", depuis " + minutes(alert) + "."));
        if (alert.platform() != null) {
            lines.add("Plateforme : " + PLATFORMS.getOrDefault(alert.platform(), alert.platform()));
        }
        if (alert.reportId() != null) {
            lines.add("Département : " + (alert.department() == null ? "non précisé" : alert.department()));
        }
        if (alert.noCoordinatorOnDuty()) {
            lines.add("Personne n'est d'astreinte : cette alerte est envoyée à toute la coordination.");
        }
        lines.add("");
        lines.add("Ouvrir : " + linkBase.replaceAll("/+$", "") + alert.link());
        lines.add("");
        lines.add("Ce message ne contient aucun élément du signalement ; il se lit dans Vigie, après connexion.");
        return String.join("\n", lines) + "\n";
    }

    private static String where(Alert alert, String separator) {
        return alert.department() == null ? "" : separator + alert.department();
    }

    private static String minutes(Alert alert) {
        long minutes = alert.waiting().toMinutes();
        return minutes < 1 ? "moins d'une minute" : minutes + " min";
    }
}
