package fr.vigie.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import fr.vigie.audit.Audit;
import fr.vigie.audit.AuditQuery;
import fr.vigie.search.IndexedReport;
import fr.vigie.search.ReportIndex;
import fr.vigie.support.EmbeddedServersTest;
import fr.vigie.support.VigieApi;

/**
 * The retention policy of application.yaml (CLOSED and MERGED purged 90 days after the last
 * decision, ACTIONED anonymised after 730, every other status kept) on real rows in PostgreSQL,
 * with their decisions, notes, versions and contacts, and real documents in Elasticsearch.
 * Statuses, decisions and ages are set with SQL, to backdate them.
 */
class RetentionIT extends EmbeddedServersTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ReportIndex index;

    @Autowired
    Audit audit;

    @Test
    void aDryRunListsWhatIsDueAndChangesNothingThenARunPurgesAndAnonymisesInBothStores() {
        UUID noActionOld = insert("CLOSED", 100);
        UUID duplicateOld = insert("MERGED", 120);
        UUID noActionRecent = insert("CLOSED", 10);
        UUID contactOld = insert("ACTIONED", 800);
        UUID contactRecent = insert("ACTIONED", 400);
        UUID unhandledOld = insert("NEW", 1000);
        // closed long ago, but decided again recently: the last decision counts, not the first
        UUID reopened = insert("CLOSED", 200);
        decide(reopened, "NO_ACTION", 5);
        for (UUID id : List.of(noActionOld, duplicateOld, noActionRecent)) {
            decide(id, "NO_ACTION", id == noActionRecent ? 10 : 100);
        }
        decide(contactOld, "CONTACT", 800);
        decide(contactRecent, "REFERRAL", 400);

        var admin = api();
        assertThat(admin.login("admin", ADMIN_PASSWORD).status()).isEqualTo(200);

        var dryRun = admin.post("/api/v1/admin/retention/dry-run", Map.of());
        assertThat(dryRun.status()).isEqualTo(200);
        assertThat(dryRun.body().get("dryRun").asBoolean()).isTrue();
        assertThat(ids(dryRun.body(), "CLOSED", "PURGE")).contains(noActionOld).doesNotContain(noActionRecent, reopened);
        assertThat(ids(dryRun.body(), "MERGED", "PURGE")).contains(duplicateOld);
        assertThat(ids(dryRun.body(), "ACTIONED", "ANONYMISE")).contains(contactOld).doesNotContain(contactRecent);
        assertThat(dryRun.body().toString()).doesNotContain(unhandledOld.toString());
        assertThat(dryRun.body().get("keptUnchanged").get("NEW").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(dryRun.body().toString()).as("ids and counts only, no content").doesNotContain("Texte conservé");
        // nothing changed
        for (UUID id : List.of(noActionOld, duplicateOld, contactOld)) {
            assertThat(text(id)).startsWith("Texte conservé");
            assertThat(index.storedText(id)).get().asString().startsWith("Texte conservé");
        }

        var run = admin.post("/api/v1/admin/retention/run", Map.of());
        assertThat(run.status()).isEqualTo(200);
        assertThat(run.body().get("dryRun").asBoolean()).isFalse();
        assertThat(ids(run.body(), "CLOSED", "PURGE")).contains(noActionOld);

        // purged: gone from PostgreSQL, with its history, and from Elasticsearch
        for (UUID id : List.of(noActionOld, duplicateOld)) {
            assertThat(exists(id)).as("row of %s", id).isFalse();
            assertThat(count("decision", id) + count("report_note", id) + count("report_version", id)
                    + count("report_contact", id) + count("report_follow_up", id)).as("history of %s", id).isZero();
            assertThat(count("intake_submission", id)).as("intake record of %s", id).isZero();
            assertThat(index.contains(id)).as("document of %s", id).isFalse();
        }
        // and the history is append-only again for everyone else
        assertThatThrownBy(() -> jdbc.sql("delete from decision where report_id = :id").param("id", contactOld).update())
                .rootCause().hasMessageContaining("append-only");
        // anonymised: the row and the document stay, without content
        assertThat(exists(contactOld)).isTrue();
        assertThat(text(contactOld)).isEmpty();
        assertThat(count("report_version", contactOld) + count("report_contact", contactOld)).isZero();
        assertThat(jdbc.sql("select text from report_note where report_id = :id").param("id", contactOld)
                .query(String.class).single()).isEmpty();
        assertThat(jdbc.sql("select details::text from decision where report_id = :id").param("id", contactOld)
                .query(String.class).single()).isEqualTo("{\"type\": \"CONTACT\", \"channel\": \"SMS\"}");
        var row = jdbc.sql("select url, platform_name, contacts::text, note, city, signals::text, anonymised_at, priority "
                + "from report where id = :id").param("id", contactOld).query().singleRow();
        assertThat(row.get("url")).isNull();
        assertThat(row.get("platform_name")).isNull();
        assertThat(row.get("contacts")).isEqualTo("[]");
        assertThat(row.get("note")).isNull();
        assertThat(row.get("city")).isNull();
        assertThat((String) row.get("signals")).contains("STATED_MINOR_AGE").doesNotContain("16 ans");
        assertThat(row.get("anonymised_at")).isNotNull();
        assertThat(row.get("priority")).isEqualTo("P1");
        assertThat(index.storedText(contactOld)).get().isEqualTo("");
        // kept
        for (UUID id : List.of(noActionRecent, contactRecent, unhandledOld, reopened)) {
            assertThat(text(id)).startsWith("Texte conservé");
            assertThat(index.storedText(id)).get().asString().startsWith("Texte conservé");
        }

        // audited: one entry per run, one per report purged or anonymised
        assertThat(audit.search(new AuditQuery(null, "admin", "RETENTION_DRY_RUN", null, null, 5))).isNotEmpty();
        assertThat(audit.search(new AuditQuery(null, "admin", "RETENTION_RUN", null, null, 5))).isNotEmpty();
        assertThat(audit.search(new AuditQuery(noActionOld, null, "REPORT_PURGED", null, null, 5))).hasSize(1);
        assertThat(audit.search(new AuditQuery(contactOld, null, "REPORT_ANONYMISED", null, null, 5))).hasSize(1);

        // a second run has nothing left to do for these reports
        var again = admin.post("/api/v1/admin/retention/dry-run", Map.of()).body();
        assertThat(ids(again, "ACTIONED", "ANONYMISE")).doesNotContain(contactOld);
        assertThat(ids(again, "CLOSED", "PURGE")).doesNotContain(noActionOld);
    }

    @Test
    void thePolicyIsReadableByAdministrators() {
        var admin = api();
        assertThat(admin.login("admin", ADMIN_PASSWORD).status()).isEqualTo(200);
        var policy = admin.get("/api/v1/admin/retention/policy");
        assertThat(policy.status()).isEqualTo(200);
        assertThat(Duration.parse(policy.body().get("purgeAfter").get("CLOSED").asString())).isEqualTo(Duration.ofDays(90));
        assertThat(Duration.parse(policy.body().get("anonymiseAfter").get("ACTIONED").asString())).isEqualTo(Duration.ofDays(730));
    }

    private UUID insert(String status, int daysSinceStatusChange) {
        UUID id = UUID.randomUUID();
        Instant changed = Instant.now().minus(Duration.ofDays(daysSinceStatusChange));
        String text = "Texte conservé " + id + " 16 ans";
        jdbc.sql("""
                insert into report (id, source_name, external_id, platform, platform_name, url, text, observed_at,
                    received_at, city, postal_code, department, contacts, note, priority, score, signals, status,
                    processed_at, updated_at)
                values (:id, 'test', cast(:id as text), 'CLASSIFIED_AD', 'Annonces-retention', 'https://annonces.example.org/r',
                    :text, :at, :at, 'Lyon', '69003', '69', '["06 39 98 00 00"]'::jsonb, 'note', 'P1', 90,
                    '[{"code":"STATED_MINOR_AGE","label":"Âge mineur déclaré","evidence":"16 ans"}]'::jsonb, :status,
                    :at, :at)""")
                .param("id", id).param("text", text).param("at", Timestamp.from(changed)).param("status", status)
                .update();
        jdbc.sql("insert into report_version (report_id, version, text, url, contacts, note) values (:id, 0, :text, null, '[]', null)")
                .param("id", id).param("text", text).update();
        jdbc.sql("insert into intake_submission (source, external_id, report_id, content_hash, version, sent_version) "
                + "values ('test', cast(:id as text), :id, 'empreinte', 1, 1)").param("id", id).update();
        jdbc.sql("insert into report_contact (report_id, contact) values (:id, :contact)")
                .param("id", id).param("contact", "+336" + id.toString().substring(0, 8).replaceAll("[^0-9]", "1")).update();
        jdbc.sql("insert into report_note (id, report_id, author, created_at, text, shareable) values (:n, :id, 'camille', :at, :text, false)")
                .param("n", UUID.randomUUID()).param("id", id).param("at", Timestamp.from(changed))
                .param("text", "Note : " + text).update();
        index.index(IndexedReport.of(id).text(text).platform("CLASSIFIED_AD").platformName("Annonces-retention")
                .priority("P1").score(90).signalCodes(List.of("STATED_MINOR_AGE")).status(status)
                .observedAt(changed).receivedAt(changed).city("Lyon").department("69").build());
        return id;
    }

    private void decide(UUID id, String type, int daysAgo) {
        jdbc.sql("""
                insert into decision (id, report_id, type, author, created_at, details)
                values (:d, :id, :type, 'camille', :at, cast(:details as jsonb))""")
                .param("d", UUID.randomUUID()).param("id", id).param("type", type)
                .param("at", Timestamp.from(Instant.now().minus(Duration.ofDays(daysAgo))))
                .param("details", "{\"type\": \"" + type + "\", \"channel\": \"SMS\", \"messageSummary\": \"Texte conservé\"}")
                .update();
    }

    private long count(String table, UUID id) {
        return jdbc.sql("select count(*) from " + table + " where report_id = :id").param("id", id).query(Long.class).single();
    }

    private boolean exists(UUID id) {
        return jdbc.sql("select count(*) from report where id = :id").param("id", id).query(Long.class).single() == 1;
    }

    private String text(UUID id) {
        return jdbc.sql("select text from report where id = :id").param("id", id).query(String.class).single();
    }

    private static List<UUID> ids(JsonNode result, String status, String action) {
        return result.get("rules").valueStream()
                .filter(r -> r.get("status").asString().equals(status) && r.get("action").asString().equals(action))
                .flatMap(r -> r.get("reportIds").valueStream()).map(n -> UUID.fromString(n.asString())).toList();
    }
}
