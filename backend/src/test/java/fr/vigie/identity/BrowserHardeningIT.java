package fr.vigie.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.vigie.support.BrowserScript;
import fr.vigie.support.EmbeddedServersTest;
import fr.vigie.support.SyntheticReports;
import fr.vigie.support.TestUsers;
import fr.vigie.support.VigieApi;

/** Hardening headers on every kind of answer, and hostile report content in a real browser. */
class BrowserHardeningIT extends EmbeddedServersTest {

    @Autowired
    UserAccounts users;

    @Test
    void everyAnswerCarriesTheHardeningHeaders() {
        var anonymous = api();
        var partner = api();
        List<VigieApi.Response> answers = List.of(
                anonymous.get("/"),
                anonymous.get("/file"),
                anonymous.get("/api/v1/auth/me"),
                anonymous.get("/api/v1/admin/users"),
                partner.getAsPartner(PARTNER_KEY, "/api/v1/queue"),
                partner.postAsPartner(PARTNER_KEY, "/api/v1/reports", Map.of()));
        for (var answer : answers) {
            var headers = answer.headers();
            String csp = headers.get("content-security-policy").getFirst();
            assertThat(csp).contains("script-src 'self'").contains("frame-ancestors 'none'")
                    .contains("object-src 'none'").doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
            assertThat(headers.get("x-content-type-options")).containsExactly("nosniff");
            assertThat(headers.get("referrer-policy")).containsExactly("no-referrer");
            assertThat(headers.get("x-frame-options")).containsExactly("DENY");
        }
        // the front end needs nothing inline: no inline script in the served page
        assertThat(anonymous.getText("/file")).doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>");
    }

    @Test
    void markupInAReportIsShownAsTextAndNeverRuns() throws Exception {
        String hostileName = "<img src=x onerror=\"window.__vigieXss='img';document.title='pwned'\">"
                + SyntheticReports.uniqueId("xss").substring(4, 16);
        var report = SyntheticReports.report(SyntheticReports.uniqueId("xss"),
                "<script>window.__vigieXss='script';document.title='pwned'</script> annonce 16 ans "
                        + "<img src=x onerror=\"window.__vigieXss='text'\">");
        report.put("platformName", hostileName);
        assertThat(api().postAsPartner(PARTNER_KEY, "/api/v1/reports", report).status()).isEqualTo(202);

        String worker = TestUsers.ensure(users, "xss-worker", Role.WORKER);
        BrowserScript.of("xss.e2e.mjs").against(port)
                .with("VIGIE_USERNAME", worker)
                .with("VIGIE_PASSWORD", TestUsers.PASSWORD)
                .with("EXPECT_TEXT", hostileName)
                .runsSuccessfully();
    }
}
