package fr.vigie;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import fr.vigie.support.BrowserScript;
import fr.vigie.support.EmbeddedServersTest;
import fr.vigie.support.SyntheticReports;

/**
 * Nothing typed is lost: a decision draft survives a reload and a session ended mid-decision (the
 * login form says it expired, signing in again brings back the report and the draft), and is
 * cleared once the decision is recorded. Runs {@code frontend/e2e/drafts.e2e.mjs}.
 */
class DraftsBrowserIT extends EmbeddedServersTest {

    @Test
    void aDecisionDraftSurvivesAReloadAndAnExpiredSession() throws Exception {
        BrowserScript.assumeBrowser();
        UUID id = bench().processed(PARTNER_KEY, SyntheticReports.uniqueId("brouillon"),
                "Lycéenne de 16 ans, dispo ce soir à l’hôtel. Test du brouillon " + UUID.randomUUID());

        String log = BrowserScript.of("drafts.e2e.mjs")
                .against(port)
                .with("REPORT_ID", id.toString())
                .runsSuccessfully();

        assertThat(log)
                .contains("OK: the decision draft is there after a reload")
                .contains("OK: the session ended mid-decision: the login form says it expired")
                .contains("OK: signed in again, back on the report with the draft")
                .contains("OK: decision recorded, its draft cleared");
    }
}
