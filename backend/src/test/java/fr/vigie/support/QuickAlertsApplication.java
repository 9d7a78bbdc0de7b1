package fr.vigie.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import fr.vigie.VigieApplication;
import fr.vigie.identity.Role;
import fr.vigie.identity.UserAccounts;

/**
 * A Vigie of its own whose alert thresholds are seconds, not minutes (P1 after
 * {@link #P1_THRESHOLD_SECONDS} s, rules checked every second, exposure budget of 3 reports), with
 * e-mail through a real SMTP server in this JVM (GreenMail) — for the tests that must see an alert
 * arrive by itself. Started once for every test class that asks for it (a parameter of type
 * {@link Running}) and closed at the end of the run, with its embedded servers.
 */
public final class QuickAlertsApplication implements ParameterResolver {

    public static final int P1_THRESHOLD_SECONDS = 8;
    public static final int EXPOSURE_BUDGET = 3;
    public static final String ADMIN_PASSWORD = "quick-alerts-admin-password-7";
    public static final String PARTNER_KEY = "quick-alerts-partner-key-0123456789";
    private static final String PEOPLE_PASSWORD = "mot-de-passe-alertes-5521";

    /** The running application and its SMTP server. */
    public record Running(ConfigurableApplicationContext context, GreenMail mail, int port) implements AutoCloseable {

        public VigieApi api() {
            return VigieApi.at(port);
        }

        /** A new person with this role (the name gets a suffix of its own); her user name. */
        public String person(String name, Role role) {
            String username = name + "-" + UUID.randomUUID().toString().substring(0, 8);
            context.getBean(UserAccounts.class).create(username, PEOPLE_PASSWORD, Set.of(role));
            return username;
        }

        /** A person made by {@link #person}, signed in. */
        public VigieApi signedIn(String username) {
            return signedIn(username, PEOPLE_PASSWORD);
        }

        public VigieApi signedIn(String username, String password) {
            var api = api();
            assertThat(api.login(username, password).status()).isEqualTo(200);
            return api;
        }

        /** The e-mails the SMTP server received for this address. */
        public List<MimeMessage> mailTo(String address) {
            return Arrays.stream(mail.getReceivedMessages()).filter(m -> recipient(m).equals(address)).toList();
        }

        /** Whom the e-mail was sent to. */
        public static String recipient(MimeMessage message) {
            try {
                return message.getAllRecipients()[0].toString();
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void close() {
            context.close();
            mail.stop();
        }
    }

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(QuickAlertsApplication.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext extension) {
        return parameter.getParameter().getType() == Running.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext extension) {
        return extension.getRoot().getStore(NAMESPACE).computeIfAbsent(Running.class, key -> start(), Running.class);
    }

    private static Running start() {
        var mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        mail.start();
        Path dataDir;
        try {
            dataDir = Files.createTempDirectory(Files.createDirectories(Path.of("target", "it-data")), "quick-alerts-")
                    .toAbsolutePath();
        } catch (IOException e) {
            mail.stop();
            throw new UncheckedIOException(e);
        }
        var context = new SpringApplicationBuilder(VigieApplication.class).run(
                "--vigie.data-dir=" + dataDir,
                "--server.port=0",
                "--vigie.bootstrap.admin-password=" + ADMIN_PASSWORD,
                "--vigie.bootstrap.partner-key=" + PARTNER_KEY,
                "--vigie.triage.sla.P1=" + P1_THRESHOLD_SECONDS + "s",
                "--vigie.alerts.sweep-interval=1s",
                "--vigie.alerts.link-base=https://vigie.example.org",
                "--vigie.shifts.exposure.budget=" + EXPOSURE_BUDGET,
                "--vigie.shifts.exposure.p1-budget=" + EXPOSURE_BUDGET,
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + mail.getSmtp().getPort());
        int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
        return new Running(context, mail, port);
    }
}
