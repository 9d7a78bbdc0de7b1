package fr.vigie;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import fr.vigie.support.BrowserScript;
import fr.vigie.support.EmbeddedServersTest;

/**
 * A worker in a real browser types in an ad they saw: a server-side error shows next to its
 * field, then the report is sent, confirmed, and shows up in the queue ranked « Immédiat »
 * (a stated age under 18). Runs {@code frontend/e2e/manual-intake.e2e.mjs} against this test's
 * application on its random port.
 */
class ManualIntakeBrowserIT extends EmbeddedServersTest {

    @Test
    void aWorkerReportsAnAdByHandAndLandsOnTheNewReport() throws Exception {
        String log = BrowserScript.of("manual-intake.e2e.mjs").against(port).runsSuccessfully();

        assertThat(log).contains("OK: server error next to the text field").contains("OK: landed on the new report")
                .contains("shown, ranked « Immédiat »");
    }
}
