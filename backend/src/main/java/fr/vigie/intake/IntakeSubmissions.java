package fr.vigie.intake;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /** Forgets the submissions of reports deleted by retention: the same external id is then a new report. */
    void forget(Collection<UUID> reportIds) {
        jdbc.sql("delete from intake_submission where report_id in (:ids)").param("ids", reportIds).update();
    }

    /**
     * The rows of these external ids that exist, locked until the end of the transaction (in the
     * order of their ids, so two calls never wait for each other in a cycle).
     */
    Map<String, Stored> lockAll(String source, List<String> externalIds) {
        var rows = new HashMap<String, Stored>();
        jdbc.sql("""
                select report_id, external_id, content_hash, version, sent_version, updated_at from intake_submission
                where source = :source and external_id = any(:externalIds) order by external_id for update""")
                .param("source", source).param("externalIds", externalIds.toArray(String[]::new))
                .query(IntakeSubmissions::stored).list()
                .forEach(row -> rows.put(row.externalId(), row));
        return rows;
    }

    /** First versions, in one statement; the caller holds the submissions' locks, so none exists yet. */
    void insertAll(String source, Collection<Stored> rows) {
        if (rows.isEmpty()) {
            return;
        }
        int inserted = jdbc.sql("""
                insert into intake_submission (source, external_id, report_id, content_hash, version)
                select :source, t.external_id, t.report_id, t.content_hash, t.version
                from unnest(:externalIds, :reportIds, :hashes, :versions) as t(external_id, report_id, content_hash, version)
                on conflict (source, external_id) do nothing""")
                .param("source", source)
                .param("externalIds", rows.stream().map(Stored::externalId).toArray(String[]::new))
                .param("reportIds", rows.stream().map(Stored::reportId).toArray(UUID[]::new))
                .param("hashes", rows.stream().map(Stored::contentHash).toArray(String[]::new))
                .param("versions", rows.stream().map(Stored::version).toArray(Integer[]::new))
                .update();
        if (inserted != rows.size()) {
            throw new IllegalStateException("an intake row appeared while its submission was locked");
        }
    }

    /** New versions of known submissions, in one statement. */
    void newVersions(String source, Collection<Stored> rows) {
        if (rows.isEmpty()) {
            return;
        }
        jdbc.sql("""
                update intake_submission s set content_hash = t.content_hash, version = t.version, updated_at = now()
                from unnest(:externalIds, :hashes, :versions) as t(external_id, content_hash, version)
                where s.source = :source and s.external_id = t.external_id""")
                .param("source", source)
                .param("externalIds", rows.stream().map(Stored::externalId).toArray(String[]::new))
                .param("hashes", rows.stream().map(Stored::contentHash).toArray(String[]::new))
                .param("versions", rows.stream().map(Stored::version).toArray(Integer[]::new))
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
