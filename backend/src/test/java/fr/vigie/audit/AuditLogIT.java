package fr.vigie.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.vigie.support.EmbeddedServersTest;
import fr.vigie.support.VigieApi;

/**
 * The audit log on the real PostgreSQL: append-only, hash-chained, verifiable; searched by
 * administrators. Tampering is done with the trigger disabled, as an attacker with the
 * database owner's rights could, and undone afterwards (the database is shared by all tests).
 */
class AuditLogIT extends EmbeddedServersTest {

    @Autowired
    Audit audit;

    @Autowired
    JdbcClient jdbc;

    private VigieApi admin() {
        var admin = api();
        assertThat(admin.login("admin", ADMIN_PASSWORD).status()).isEqualTo(200);
        return admin;
    }

    @Test
    void recordsAreSearchableByReportUserAndTimeAndTheChainVerifies() {
        UUID report = UUID.randomUUID();
        var first = audit.record("camille", AuditActions.REPORT_READ, report, "192.0.2.10", Map.of("view", "full"));
        var second = audit.record("dominique", AuditActions.REPORT_DECIDED, report, "192.0.2.11", Map.of("type", "NO_ACTION"));
        assertThat(second.seq()).isGreaterThan(first.seq());

        var admin = admin();
        var byReport = admin.get("/api/v1/admin/audit?reportId=" + report);
        assertThat(byReport.status()).isEqualTo(200);
        var items = byReport.body().get("items");
        assertThat(items.size()).isEqualTo(2);
        assertThat(items.get(0).get("actor").asString()).isEqualTo("dominique");
        assertThat(items.get(0).get("action").asString()).isEqualTo("REPORT_DECIDED");
        assertThat(items.get(0).get("sourceAddress").asString()).isEqualTo("192.0.2.11");
        assertThat(items.get(1).get("details").asString()).isEqualTo("{\"view\":\"full\"}");

        var byUser = admin.get("/api/v1/admin/audit?user=camille&reportId=" + report).body().get("items");
        assertThat(byUser.size()).isEqualTo(1);
        String at = items.get(0).get("at").asString();
        assertThat(admin.get("/api/v1/admin/audit?reportId=" + report + "&from=" + at).body().get("items").size()).isEqualTo(1);
        assertThat(admin.get("/api/v1/admin/audit?reportId=" + report + "&to=" + at).body().get("items").size()).isEqualTo(1);

        var verify = admin.get("/api/v1/admin/audit/verify");
        assertThat(verify.status()).isEqualTo(200);
        assertThat(verify.body().get("intact").asBoolean()).as(verify.body().toString()).isTrue();
        assertThat(verify.body().get("checked").asLong()).isGreaterThanOrEqualTo(second.seq());

        // the admin's own reading of the log is in the log
        assertThat(audit.search(new AuditQuery(null, "admin", AuditActions.AUDIT_VERIFIED, null, null, 5))).isNotEmpty();
    }

    @Test
    void updatesAndDeletesAreRefusedByTheDatabase() {
        var entry = audit.record("camille", AuditActions.REPORT_READ, UUID.randomUUID(), null, Map.of());
        assertThatThrownBy(() -> jdbc.sql("update audit_log set actor = 'x' where seq = :seq").param("seq", entry.seq()).update())
                .rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_log where seq = :seq").param("seq", entry.seq()).update())
                .rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("truncate audit_log").update()).rootCause().hasMessageContaining("append-only");
    }

    @Test
    void verificationDetectsAModifiedRowAndADeletedRow() {
        var victim = audit.record("camille", AuditActions.REPORT_READ, UUID.randomUUID(), "192.0.2.20", Map.of());
        audit.record("camille", AuditActions.REPORT_READ, UUID.randomUUID(), "192.0.2.20", Map.of());
        assertThat(audit.verify().intact()).isTrue();

        jdbc.sql("alter table audit_log disable trigger audit_log_no_update_or_delete").update();
        try {
            // modified: someone hides who read the report
            jdbc.sql("update audit_log set actor = 'someone-else' where seq = :seq").param("seq", victim.seq()).update();
            var modified = audit.verify();
            assertThat(modified.intact()).isFalse();
            assertThat(modified.brokenAt()).isEqualTo(victim.seq());
            assertThat(modified.problem()).contains("modified");
            var viaApi = admin().get("/api/v1/admin/audit/verify").body();
            assertThat(viaApi.get("intact").asBoolean()).isFalse();
            assertThat(viaApi.get("brokenAt").asLong()).isEqualTo(victim.seq());
            jdbc.sql("update audit_log set actor = 'camille' where seq = :seq").param("seq", victim.seq()).update();
            assertThat(audit.verify().intact()).isTrue();

            // modified and re-hashed: the next row no longer links to it
            jdbc.sql("update audit_log set actor = 'someone-else', hash = repeat('a', 64) where seq = :seq")
                    .param("seq", victim.seq()).update();
            var rehashed = audit.verify();
            assertThat(rehashed.intact()).isFalse();
            assertThat(rehashed.brokenAt()).isEqualTo(victim.seq());
            jdbc.sql("update audit_log set actor = :actor, hash = :hash where seq = :seq")
                    .param("actor", victim.actor()).param("hash", victim.hash()).param("seq", victim.seq()).update();

            // deleted
            jdbc.sql("delete from audit_log where seq = :seq").param("seq", victim.seq()).update();
            var deleted = audit.verify();
            assertThat(deleted.intact()).isFalse();
            assertThat(deleted.brokenAt()).isEqualTo(victim.seq() + 1);
            assertThat(deleted.problem()).contains("missing");
        } finally {
            jdbc.sql("""
                    insert into audit_log (seq, at, actor, action, report_id, source_address, details, prev_hash, hash)
                    values (:seq, :at, :actor, :action, :reportId, :source, :details, :prev, :hash)
                    on conflict (seq) do nothing""")
                    .param("seq", victim.seq()).param("at", java.sql.Timestamp.from(victim.at()))
                    .param("actor", victim.actor()).param("action", victim.action()).param("reportId", victim.reportId())
                    .param("source", victim.sourceAddress()).param("details", victim.details())
                    .param("prev", victim.prevHash()).param("hash", victim.hash())
                    .update();
            jdbc.sql("update audit_log set actor = :actor, hash = :hash where seq = :seq")
                    .param("actor", victim.actor()).param("hash", victim.hash()).param("seq", victim.seq()).update();
            jdbc.sql("alter table audit_log enable trigger audit_log_no_update_or_delete").update();
        }
        assertThat(audit.verify().intact()).as("restored").isTrue();
    }
}
