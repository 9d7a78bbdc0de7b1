package fr.vigie;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import fr.vigie.support.BrowserScript;
import fr.vigie.support.EmbeddedServersTest;
import fr.vigie.support.SyntheticReports;

/**
 * A person in a real browser: logs in and sees the report a partner just sent in the queue.
 * Runs {@code frontend/e2e/queue.e2e.mjs} (playwright-core driving Debian's Chromium) against
 * this test's application on its random port.
 */
class BrowserIT extends EmbeddedServersTest {

    @Test
    void aWorkerLogsInAndSeesTheReportInTheQueue() throws Exception {
        BrowserScript.assumeBrowser();
        String externalId = SyntheticReports.uniqueId("browser");
        var accepted = api().postAsPartner(PARTNER_KEY, "/api/v1/reports",
                SyntheticReports.report(externalId, "Annonce vue dans le navigateur, 16 ans"));
        assertThat(accepted.status()).isEqualTo(202);

        BrowserScript.of("queue.e2e.mjs")
                .against(port)
                .with("EXPECT_TEXT", "Annonces-" + externalId)
                .runsSuccessfully();
    }
}
