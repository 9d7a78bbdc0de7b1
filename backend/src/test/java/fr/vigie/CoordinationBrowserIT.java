package fr.vigie;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import fr.vigie.identity.Role;
import fr.vigie.identity.UserAccounts;
import fr.vigie.support.BrowserScript;
import fr.vigie.support.QuickAlertsApplication;

/**
 * The coordination story of issue 14 in a real browser, on an application whose P1 threshold is
 * seconds: a coordinator plans a shift limited to département 69 for a worker, and her own duty;
 * the worker sees only 69; a P1 in 69 stays unclaimed past the threshold; the coordinator on duty
 * is notified on the desktop and acknowledges; the worker escalates a report and it appears in the
 * coordinator's inbox. Runs {@code frontend/e2e/coordination.e2e.mjs}.
 */
@ExtendWith(QuickAlertsApplication.class)
class CoordinationBrowserIT {

    @Test
    void aCoordinatorPlansAScopedShiftIsAlertedAcknowledgesAndReceivesTheEscalation(QuickAlertsApplication.Running app)
            throws Exception {
        BrowserScript.assumeBrowser();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String coordinator = "claire-" + suffix;
        String worker = "ines-" + suffix;
        String password = "mot-de-passe-coordination-" + suffix;
        var accounts = app.context().getBean(UserAccounts.class);
        accounts.create(coordinator, password, Set.of(Role.COORDINATOR));
        accounts.create(worker, password, Set.of(Role.WORKER));

        String log = BrowserScript.of("coordination.e2e.mjs")
                .with("BASE_URL", "http://127.0.0.1:" + app.port())
                .with("COORDINATOR_USERNAME", coordinator)
                .with("COORDINATOR_PASSWORD", password)
                .with("WORKER_USERNAME", worker)
                .with("WORKER_PASSWORD", password)
                .with("PARTNER_KEY", QuickAlertsApplication.PARTNER_KEY)
                .runsSuccessfully();

        assertThat(log)
                .contains("OK: shift planned for " + worker + " on 69")
                .contains("OK: the worker sees only 69")
                .contains("OK: the coordinator on duty was notified")
                .contains("OK: the escalation is in the coordinator's inbox");
    }
}
