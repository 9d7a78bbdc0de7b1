package fr.vigie.triage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The reports table: recording assessed reports and reading the queue. */
@Service
public class ReportRegistry {

    private static final TypeReference<List<Signal>> SIGNALS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ReportRegistry(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * Records a report once. Kafka delivers at least once: a redelivery of the same report leaves
     * it as it is and only counts the delivery, so processing twice is harmless and visible.
     *
     * @return true if this call created the report
     */
    public boolean record(AssessedReport r) {
        return jdbc.sql("""
                insert into report (id, source_partner_id, source_name, external_id, platform, platform_name, url, text,
                    observed_at, received_at, city, postal_code, department, contacts, reporter_concern, note,
                    priority, score, signals, status)
                values (:id, :partner, :source, :externalId, :platform, :platformName, :url, :text,
                    :observedAt, :receivedAt, :city, :postalCode, :department, cast(:contacts as jsonb), :concern, :note,
                    :priority, :score, cast(:signals as jsonb), :status)
                on conflict (id) do update set deliveries = report.deliveries + 1
                returning (xmax = 0) as created""")
                .param("id", r.id())
                .param("partner", r.sourcePartnerId())
                .param("source", r.sourceName())
                .param("externalId", r.externalId())
                .param("platform", r.platform())
                .param("platformName", r.platformName())
                .param("url", r.url())
                .param("text", r.text())
                .param("observedAt", Timestamp.from(r.observedAt()))
                .param("receivedAt", Timestamp.from(r.receivedAt()))
                .param("city", r.city())
                .param("postalCode", r.postalCode())
                .param("department", r.department())
                .param("contacts", json.writeValueAsString(r.contacts()))
                .param("concern", r.reporterConcern())
                .param("note", r.note())
                .param("priority", r.priority().name())
                .param("score", r.score())
                .param("signals", json.writeValueAsString(r.signals()))
                .param("status", ReportStatus.NEW.name())
                .query(Boolean.class)
                .single();
    }

    /** The open queue in triage order: band, then score (highest first), then oldest first. */
    public List<QueueItem> queue(int limit) {
        return jdbc.sql("""
                select id, priority, score, signals, status, observed_at, received_at, platform, platform_name,
                       city, department, source_name
                from report
                where status = 'NEW'
                order by priority, score desc, received_at
                limit :limit""")
                .param("limit", limit)
                .query(this::queueItem)
                .list();
    }

    /** The report as its sending partner may see it; empty for anyone else's report. */
    public java.util.Optional<PartnerView> forPartner(UUID id, UUID partnerId) {
        return jdbc.sql("select id, external_id, status, updated_at from report where id = :id and source_partner_id = :partner")
                .param("id", id).param("partner", partnerId)
                .query((rs, n) -> new PartnerView(rs.getObject("id", UUID.class), rs.getString("external_id"),
                        PartnerStatus.of(ReportStatus.valueOf(rs.getString("status"))),
                        rs.getTimestamp("updated_at").toInstant()))
                .optional();
    }

    /** How many times Kafka delivered this report to processing; 0 if it is not recorded. */
    public int deliveries(UUID id) {
        return jdbc.sql("select deliveries from report where id = :id").param("id", id)
                .query(Integer.class).optional().orElse(0);
    }

    private QueueItem queueItem(ResultSet rs, int row) throws SQLException {
        return new QueueItem(
                rs.getObject("id", UUID.class),
                PriorityBand.valueOf(rs.getString("priority")),
                rs.getInt("score"),
                json.readValue(rs.getString("signals"), SIGNALS),
                rs.getString("status"),
                rs.getTimestamp("observed_at").toInstant(),
                rs.getTimestamp("received_at").toInstant(),
                rs.getString("platform"),
                rs.getString("platform_name"),
                rs.getString("city"),
                rs.getString("department"),
                rs.getString("source_name"));
    }
}
