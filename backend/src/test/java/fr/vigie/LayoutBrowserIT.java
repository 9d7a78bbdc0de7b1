package fr.vigie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fr.vigie.support.BrowserScript;
import fr.vigie.support.EmbeddedServersTest;
import fr.vigie.support.SyntheticReports;

/**
 * Every page of the workbench in a real browser at 1366 px and at 390 px wide: no sideways scroll,
 * sign-out reachable, a skip link for the keyboard, no serious or critical axe-core violation.
 * Runs {@code frontend/e2e/layout.e2e.mjs}; the report it opens shares a contact with another
 * one, so that its page shows the linked reports and « Clore ensemble ».
 */
class LayoutBrowserIT extends EmbeddedServersTest {

    @Test
    void everyPageFitsA390PxScreenAndA1366PxOneWithNoSeriousAccessibilityViolation() throws Exception {
        BrowserScript.assumeBrowser();
        String contact = "@exemple_" + UUID.randomUUID().toString().substring(0, 8);
        UUID first = sent("Lycéenne de 16 ans, nouvelle, dispo ce soir à l’hôtel. Mise en page.", contact);
        UUID second = sent("Jeune fille de 17 ans, dispo ce week-end, même numéro. Mise en page.", contact);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> reports.deliveries(first) >= 1 && reports.deliveries(second) >= 1);

        String log = BrowserScript.of("layout.e2e.mjs")
                .against(port)
                .with("REPORT_ID", first.toString())
                .with("CONTACT", contact)
                .runsSuccessfully();

        assertThat(log)
                .contains("OK: every page at 1366 px")
                .contains("OK: every page at 390 px");
    }

    private UUID sent(String text, String contact) {
        var report = SyntheticReports.report(SyntheticReports.uniqueId("layout"), text);
        report.put("contacts", List.of(contact));
        var accepted = api().postAsPartner(PARTNER_KEY, "/api/v1/reports", report);
        assertThat(accepted.status()).isEqualTo(202);
        return UUID.fromString(accepted.body().get("id").asString());
    }
}
