package fr.vigie.intake;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The idempotency record of intake: one row per (source, external id). */
@Repository
class IntakeSubmissions {

    /**
     * @param sentVersion the last version committed to the intake log; below {@code version}, the
     *                    latest attempt was answered 503 (or never answered) and is not on the log
     */
    record Stored(UUID reportId, String externalId, String contentHash, int version, int sentVersion, Instant updatedAt) {

        boolean everSent() {
            return sentVersion > 0;
        }
    }

    /** A report version committed to the intake log. */
    record SentVersion(UUID reportId, int version) {
    }

    private final JdbcClient jdbc;

    IntakeSubmissions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Inserts the first version, unless the row exists. A concurrent insert of the same key waits
     * for this transaction to end: of twenty simultaneous calls, one inserts.
     */
    boolean insertIfAbsent(String source, String externalId, UUID reportId, String contentHash) {
        return jdbc.sql("""
                insert into intake_submission (source, external_id, report_id, content_hash, version)
                values (:source, :externalId, :reportId, :hash, 1)
                on conflict (source, external_id) do nothing""")
                .param("source", source).param("externalId", externalId).param("reportId", reportId)
                .param("hash", contentHash)
                .update() == 1;
    }

    /** The row, locked until the end of the transaction. */
    Stored lock(String source, String externalId) {
        return jdbc.sql("""
                select report_id, external_id, content_hash, version, sent_version, updated_at from intake_submission
                where source = :source and external_id = :externalId for update""")
                .param("source", source).param("externalId", externalId)
                .query(IntakeSubmissions::stored).single();
    }

    void newVersion(String source, String externalId, String contentHash, int version) {
        jdbc.sql("""
                update intake_submission set content_hash = :hash, version = :version, updated_at = now()
                where source = :source and external_id = :externalId""")
                .param("hash", contentHash).param("version", version)
                .param("source", source).param("externalId", externalId)
                .update();
    }

    /** Marks versions as committed to the intake log (a later version is never marked down). */
    void markSent(List<SentVersion> sent) {
        jdbc.sql("""
                update intake_submission s set sent_version = greatest(s.sent_version, v.version)
                from unnest(:ids, :versions) as v(report_id, version)
                where s.report_id = v.report_id""")
                .param("ids", sent.stream().map(SentVersion::reportId).toArray(UUID[]::new))
                .param("versions", sent.stream().mapToInt(SentVersion::version).boxed().toArray(Integer[]::new))
                .update();
    }

    Optional<Stored> byReportId(String source, UUID reportId) {
        return jdbc.sql("""
                select report_id, external_id, content_hash, version, sent_version, updated_at from intake_submission
                where source = :source and report_id = :reportId""")
                .param("source", source).param("reportId", reportId)
                .query(IntakeSubmissions::stored).optional();
    }

    Optional<Stored> byExternalId(String source, String externalId) {
        return jdbc.sql("""
                select report_id, external_id, content_hash, version, sent_version, updated_at from intake_submission
                where source = :source and external_id = :externalId""")
                .param("source", source).param("externalId", externalId)
                .query(IntakeSubmissions::stored).optional();
    }

    private static Stored stored(ResultSet rs, int row) throws SQLException {
        return new Stored(rs.getObject("report_id", UUID.class), rs.getString("external_id"),
                rs.getString("content_hash"), rs.getInt("version"), rs.getInt("sent_version"), rs.getTimestamp("updated_at").toInstant());
    }
}
