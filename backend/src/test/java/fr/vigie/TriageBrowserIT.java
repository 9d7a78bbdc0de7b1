package fr.vigie;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.vigie.identity.Role;
import fr.vigie.identity.UserAccounts;
import fr.vigie.support.BrowserScript;
import fr.vigie.support.EmbeddedServersTest;

/**
 * The worker's story in a real browser, with two workers: a P1 sent by a partner appears live in
 * A's queue, A claims it, B sees it held by A, A refers it to the CRIP and it leaves her open
 * queue; axe-core finds no serious accessibility violation on the way. Runs
 * {@code frontend/e2e/triage.e2e.mjs} against this test's application on its random port.
 */
class TriageBrowserIT extends EmbeddedServersTest {

    @Autowired
    UserAccounts accounts;

    @Test
    void aWorkerSeesANewP1LiveClaimsItAndRefersItWhileAColleagueSeesItHeld() throws Exception {
        BrowserScript.assumeBrowser();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String workerA = "lea-" + suffix;
        String workerB = "sam-" + suffix;
        String passwordA = "mot-de-passe-A-" + suffix;
        String passwordB = "mot-de-passe-B-" + suffix;
        accounts.create(workerA, passwordA, EnumSet.of(Role.WORKER));
        accounts.create(workerB, passwordB, EnumSet.of(Role.WORKER));

        String log = BrowserScript.of("triage.e2e.mjs")
                .with("BASE_URL", "http://127.0.0.1:" + port)
                .with("WORKER_A_USERNAME", workerA)
                .with("WORKER_A_PASSWORD", passwordA)
                .with("WORKER_B_USERNAME", workerB)
                .with("WORKER_B_PASSWORD", passwordB)
                .with("PARTNER_KEY", PARTNER_KEY)
                .runsSuccessfully();

        assertThat(log)
                .contains("OK: P1 appeared live")
                .contains("OK: A opened the report")
                .contains("OK: B sees « Pris en charge par " + workerA + " »")
                .contains("OK: referral recorded")
                .contains("OK: axe-core on the queue")
                .contains("OK: axe-core on the report page");
    }
}
