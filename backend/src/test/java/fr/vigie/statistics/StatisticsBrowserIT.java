package fr.vigie.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.vigie.support.BrowserScript;
import fr.vigie.support.EmbeddedServersTest;
import fr.vigie.triage.ReportRetention;

/**
 * A coordinator in a real browser opens « Statistiques » on {@link KnownActivity}'s month: the
 * charts are drawn, every data table has rows, the PDF report downloads, and the page fits 390 px.
 * Runs {@code frontend/e2e/statistics.e2e.mjs}; reading figures changes nothing, so the shared
 * context will do.
 */
class StatisticsBrowserIT extends EmbeddedServersTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    ReportRetention retention;

    private KnownActivity activity;

    @BeforeEach
    void known() {
        activity = new KnownActivity(jdbc, retention).write();
    }

    @AfterEach
    void remove() {
        activity.remove();
    }

    @Test
    void aCoordinatorReadsTheMonthAndDownloadsTheReport() throws Exception {
        String log = BrowserScript.of("statistics.e2e.mjs").against(port).runsSuccessfully();

        assertThat(log).contains("OK: Signalements reçus 6").contains("charts drawn").contains("data tables, none empty")
                .contains("OK: PDF vigie-statistiques-2021-03-01-2021-03-31.pdf").contains("OK: readable at 390 px");
        long exported = jdbc.sql("select count(*) from audit_log where action = 'STATISTICS_EXPORTED'"
                + " and cast(details as jsonb) ->> 'format' = 'PDF' and cast(details as jsonb) ->> 'from' = '2021-03-01'")
                .query(Long.class).single();
        assertThat(exported).isPositive();
    }
}
