package fr.vigie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.EnumSet;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.vigie.identity.Role;
import fr.vigie.identity.UserAccounts;
import fr.vigie.search.ReportIndex;
import fr.vigie.support.BrowserScript;
import fr.vigie.support.EmbeddedServersTest;

/**
 * The story of issue 15 in a real browser: a worker searches a number written another way, opens
 * the contact's dossier, its network view (graph and table), watches the contact, and on her
 * watchlist turns on desktop notifications and the e-mail of her alerts with the keyboard only; a
 * reload keeps both. Runs {@code frontend/e2e/search.e2e.mjs}.
 */
class SearchBrowserIT extends EmbeddedServersTest {

    @Autowired
    UserAccounts accounts;

    @Autowired
    ReportIndex index;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aWorkerSearchesANumberOpensItsDossierAndWatchesIt() throws Exception {
        BrowserScript.assumeBrowser();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String worker = "ines-" + suffix;
        String password = "mot-de-passe-e2e-" + suffix;
        accounts.create(worker, password, EnumSet.of(Role.WORKER));
        String pairs = "%02d %02d".formatted(ThreadLocalRandom.current().nextInt(100), ThreadLocalRandom.current().nextInt(100));
        UUID id = bench().processed(PARTNER_KEY, "e2e-search-" + suffix,
                "Massage à domicile, appeler le 06 39 98 " + pairs + " après 18 h");
        await().atMost(Duration.ofSeconds(15)).until(() -> index.storedRevision(id).orElse(0L) > ReportIndex.UNKNOWN_REVISION);

        String log = BrowserScript.of("search.e2e.mjs")
                .with("BASE_URL", "http://127.0.0.1:" + port)
                .with("VIGIE_USERNAME", worker).with("VIGIE_PASSWORD", password)
                .with("PHONE_WRITING", "+33 6." + "39.98." + pairs.replace(" ", "."))
                .with("REPORT_ID", id.toString())
                .with("ALERT_EMAIL", worker + "@example.org")
                .runsSuccessfully();
        assertThat(log).contains("OK: the number found the report").contains("OK: the dossier lists the report")
                .contains("OK: the network view shows the graph and")
                .contains("OK: the contact is watched")
                .contains("OK: notifications and e-mail turned on with the keyboard")
                .contains("OK: after a reload the address and the notifications are kept");
        assertThat(jdbc.sql("select email from alert_email where username = :who").param("who", worker).query(String.class).optional())
                .as("her watch alerts are e-mailed there").contains(worker + "@example.org");
    }
}
