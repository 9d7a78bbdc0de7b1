package fr.vigie.shifts;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

import fr.vigie.triage.PriorityBand;
import fr.vigie.triage.ReportsRemoved;
import fr.vigie.triage.WatchAlertRaised;
import fr.vigie.triage.WatchEnded;

/**
 * The notification channel of watch alerts: a new report showing a watched contact is e-mailed
 * once to its watcher, if she gave an address ({@link AlertEmails}) and a mail sender is
 * configured ({@code spring.mail.host}). What to send is written in the transaction that records
 * the report, so an alert is never lost between the report and its e-mail; sending happens after,
 * from {@link AlertSchedule}. The e-mail names the band, the platform type and the département,
 * and links to her watchlist: neither the contact (a phone number or handle in a mailbox Vigie does
 * not control) nor the note nor the report's content.
 */
@Component
class WatchAlertMail {

    private static final Logger log = LoggerFactory.getLogger(WatchAlertMail.class);

    private record Pending(UUID alertId, String email, PriorityBand priority, String platform, String department) {
    }

    private final JdbcClient jdbc;
    private final ObjectProvider<JavaMailSender> sender;
    private final AlertProperties properties;
    private final Clock clock = Clock.systemUTC();

    WatchAlertMail(JdbcClient jdbc, ObjectProvider<JavaMailSender> sender, AlertProperties properties) {
        this.jdbc = jdbc;
        this.sender = sender;
        this.properties = properties;
    }

    /** In the recording transaction: an alert for a watcher with an address is due. */
    @EventListener
    void onRaised(WatchAlertRaised alert) {
        jdbc.sql("""
                insert into watch_alert_email (alert_id, watch_id, watcher, report_id, priority, platform, department, raised_at)
                select :a, :w, :watcher, :r, :p, :platform, :d, :at where exists (select 1 from alert_email where username = :watcher)
                on conflict do nothing""")
                .param("a", alert.alertId()).param("w", alert.watchId()).param("watcher", alert.watcher())
                .param("r", alert.reportId()).param("p", alert.priority().name()).param("platform", alert.platform())
                .param("d", alert.department()).param("at", Timestamp.from(alert.raisedAt()))
                .update();
    }

    @EventListener
    void onWatchEnded(WatchEnded ended) {
        jdbc.sql("delete from watch_alert_email where watch_id = :w and sent_at is null").param("w", ended.watchId()).update();
    }

    /** Reports purged by retention take their watch alerts' e-mails with them, sent or not. */
    @EventListener
    void onReportsRemoved(ReportsRemoved removed) {
        jdbc.sql("delete from watch_alert_email where report_id in (:ids)").param("ids", removed.ids()).update();
    }

    /** Sends what is due; each alert is claimed by its row first, so no instance sends it twice. */
    void sendDue() {
        var mail = sender.getIfAvailable();
        if (mail == null) {
            return;
        }
        var due = jdbc.sql("""
                select m.alert_id, e.email, m.priority, m.platform, m.department from watch_alert_email m
                join alert_email e on e.username = m.watcher
                where m.sent_at is null order by m.raised_at limit 200""")
                .query((rs, n) -> new Pending(rs.getObject("alert_id", UUID.class), rs.getString("email"),
                        PriorityBand.valueOf(rs.getString("priority")), rs.getString("platform"), rs.getString("department")))
                .list();
        for (var pending : due) {
            if (claim(pending.alertId())) {
                send(mail, pending);
            }
        }
    }

    private boolean claim(UUID alertId) {
        return jdbc.sql("update watch_alert_email set sent_at = :at, attempts = attempts + 1 where alert_id = :a and sent_at is null")
                .param("a", alertId).param("at", Timestamp.from(clock.instant())).update() == 1;
    }

    private void send(JavaMailSender mail, Pending pending) {
        var message = new SimpleMailMessage();
        message.setFrom(properties.mailFrom());
        message.setTo(pending.email());
        message.setSubject(subject(pending.priority(), pending.department()));
        message.setText(body(pending.priority(), pending.platform(), pending.department(), properties.linkBase()));
        try {
            mail.send(message);
        } catch (MailException e) {
            // the alert stays in her watchlist; the next sweep tries again (id and class only in the log)
            jdbc.sql("update watch_alert_email set sent_at = null where alert_id = :a").param("a", pending.alertId()).update();
            log.warn("Watch alert e-mail for alert {} not sent: {}", pending.alertId(), e.getClass().getSimpleName());
        }
    }

    static String subject(PriorityBand priority, String department) {
        return "[Vigie] Contact surveillé vu dans un nouveau signalement " + priority + (department == null ? "" : " — " + department);
    }

    static String body(PriorityBand priority, String platform, String department, String linkBase) {
        var lines = List.of(
                "Un contact que vous surveillez apparaît dans un nouveau signalement " + priority + ".",
                "Plateforme : " + (platform == null ? "non précisée" : AlertMail.platform(platform)),
                "Département : " + (department == null ? "non précisé" : department),
                "",
                "Ouvrir vos contacts surveillés : " + linkBase.replaceAll("/+$", "") + "/surveillance",
                "",
                "Ce message ne contient ni le contact, ni votre note, ni aucun élément du signalement ; ils se lisent dans Vigie, après connexion.");
        return String.join("\n", lines) + "\n";
    }
}
