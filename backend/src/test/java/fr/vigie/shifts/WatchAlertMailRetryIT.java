package fr.vigie.shifts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import fr.vigie.support.EmbeddedServersTest;
import fr.vigie.triage.PriorityBand;
import fr.vigie.triage.ReportsRemoved;
import fr.vigie.triage.WatchAlertRaised;
import fr.vigie.triage.WatchEnded;

/**
 * The watch alert e-mail against an SMTP server that refuses once (the real PostgreSQL, a sender
 * standing for the failing server): the failure is logged with the alert's id and the exception's
 * class only, the next sweep sends it, and no later sweep sends it again; a stopped watch or a
 * purged report takes its unsent e-mail with it.
 */
@ExtendWith(OutputCaptureExtension.class)
class WatchAlertMailRetryIT extends EmbeddedServersTest {

    /** Refuses the first message, then keeps what it is given. */
    static final class RefusingOnce extends JavaMailSenderImpl {
        final List<SimpleMailMessage> sent = new ArrayList<>();
        boolean refused;

        @Override
        public void send(SimpleMailMessage... messages) {
            if (!refused) {
                refused = true;
                throw new MailSendException("421 try again later");
            }
            sent.addAll(List.of(messages));
        }
    }

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AlertProperties properties;

    @Test
    void aRefusedSendIsLoggedWithoutContentRetriedAndNeverSentTwice(CapturedOutput output) {
        var server = new RefusingOnce();
        var factory = new StaticListableBeanFactory(Map.of("mailSender", server));
        var mail = new WatchAlertMail(jdbc, factory.getBeanProvider(JavaMailSender.class), properties);
        String watcher = "relance-" + UUID.randomUUID().toString().substring(0, 8);
        String address = watcher + "@example.org";
        jdbc.sql("insert into alert_email (username, email) values (:u, :e)").param("u", watcher).param("e", address).update();
        var alert = new WatchAlertRaised(UUID.randomUUID(), UUID.randomUUID(), watcher, UUID.randomUUID(), PriorityBand.P1, "FORUM",
                "75", Instant.now());
        mail.onRaised(alert);

        mail.sendDue();
        assertThat(server.sent).isEmpty();
        assertThat(output.getOut() + output.getErr())
                .contains("Watch alert e-mail for alert " + alert.alertId() + " not sent: MailSendException")
                .doesNotContain("421 try again later");

        mail.sendDue();
        assertThat(server.sent.stream().filter(m -> m.getTo()[0].equals(address))).hasSize(1)
                .allSatisfy(m -> assertThat(m.getText()).contains("Département : 75", "Plateforme : forum", "/surveillance"));
        mail.sendDue();
        assertThat(server.sent.stream().filter(m -> m.getTo()[0].equals(address))).as("never twice").hasSize(1);
        assertThat(jdbc.sql("select attempts from watch_alert_email where alert_id = :a").param("a", alert.alertId())
                .query(Integer.class).single()).isEqualTo(2);

        // a watcher without an address has nothing due; a stopped watch and a purged report take theirs away
        var noAddress = new WatchAlertRaised(UUID.randomUUID(), UUID.randomUUID(), "sans-adresse-" + watcher, UUID.randomUUID(),
                PriorityBand.P2, null, null, Instant.now());
        mail.onRaised(noAddress);
        var stopped = new WatchAlertRaised(UUID.randomUUID(), UUID.randomUUID(), watcher, UUID.randomUUID(), PriorityBand.P2, null,
                null, Instant.now());
        mail.onRaised(stopped);
        mail.onWatchEnded(new WatchEnded(stopped.watchId()));
        mail.onReportsRemoved(new ReportsRemoved(List.of(alert.reportId())));
        assertThat(jdbc.sql("select count(*) from watch_alert_email where alert_id in (:ids)")
                .param("ids", List.of(alert.alertId(), noAddress.alertId(), stopped.alertId())).query(Long.class).single()).isZero();
        jdbc.sql("delete from alert_email where username = :u").param("u", watcher).update();
    }
}
