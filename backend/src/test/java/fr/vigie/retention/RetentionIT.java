package fr.vigie.retention;

import static org.assertj.core.api.Assertions.assertThat;

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
 * The retention policy of application.yaml (NO_ACTION and DUPLICATE purged after 90 days,
 * CONTACT and REFERRAL anonymised after 730, every other status kept) on real rows in PostgreSQL
 * and real documents in Elasticsearch. Statuses and ages are set with SQL: decisions do not
 * exist yet.
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
        UUID noActionOld = insert("NO_ACTION", 100);
        UUID duplicateOld = insert("DUPLICATE", 120);
        UUID noActionRecent = insert("NO_ACTION", 10);
        UUID contactOld = insert("CONTACT", 800);
        UUID contactRecent = insert("CONTACT", 400);
        UUID unhandledOld = insert("NEW", 1000);

        var admin = api();
        assertThat(admin.login("admin", ADMIN_PASSWORD).status()).isEqualTo(200);

        var dryRun = admin.post("/api/v1/admin/retention/dry-run", Map.of());
        assertThat(dryRun.status()).isEqualTo(200);
        assertThat(dryRun.body().get("dryRun").asBoolean()).isTrue();
        assertThat(ids(dryRun.body(), "NO_ACTION", "PURGE")).contains(noActionOld).doesNotContain(noActionRecent);
        assertThat(ids(dryRun.body(), "DUPLICATE", "PURGE")).contains(duplicateOld);
        assertThat(ids(dryRun.body(), "CONTACT", "ANONYMISE")).contains(contactOld).doesNotContain(contactRecent);
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
        assertThat(ids(run.body(), "NO_ACTION", "PURGE")).contains(noActionOld);

        // purged: gone from PostgreSQL and Elasticsearch
        for (UUID id : List.of(noActionOld, duplicateOld)) {
            assertThat(exists(id)).as("row of %s", id).isFalse();
            assertThat(index.contains(id)).as("document of %s", id).isFalse();
        }
        // anonymised: the row and the document stay, without content
        assertThat(exists(contactOld)).isTrue();
        assertThat(text(contactOld)).isEmpty();
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
        for (UUID id : List.of(noActionRecent, contactRecent, unhandledOld)) {
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
        assertThat(ids(again, "CONTACT", "ANONYMISE")).doesNotContain(contactOld);
        assertThat(ids(again, "NO_ACTION", "PURGE")).doesNotContain(noActionOld);
    }

    @Test
    void thePolicyIsReadableByAdministrators() {
        var admin = api();
        assertThat(admin.login("admin", ADMIN_PASSWORD).status()).isEqualTo(200);
        var policy = admin.get("/api/v1/admin/retention/policy");
        assertThat(policy.status()).isEqualTo(200);
        assertThat(Duration.parse(policy.body().get("purgeAfter").get("NO_ACTION").asString())).isEqualTo(Duration.ofDays(90));
        assertThat(Duration.parse(policy.body().get("anonymiseAfter").get("REFERRAL").asString())).isEqualTo(Duration.ofDays(730));
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
                    :text, :at, :at, 'Lyon', '69003', '69', '["06 00 00 00 00"]'::jsonb, 'note', 'P1', 90,
                    '[{"code":"STATED_MINOR_AGE","label":"Âge mineur déclaré","evidence":"16 ans"}]'::jsonb, :status,
                    :at, :at)""")
                .param("id", id).param("text", text).param("at", Timestamp.from(changed)).param("status", status)
                .update();
        index.index(new IndexedReport(id, text, "CLASSIFIED_AD", "Annonces-retention", "P1", 90, status, changed, changed,
                "Lyon", "69", List.of("STATED_MINOR_AGE")));
        return id;
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
