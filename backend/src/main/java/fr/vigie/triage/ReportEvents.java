package fr.vigie.triage;

import java.time.Clock;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import fr.vigie.infrastructure.outbox.Outbox;

/**
 * Announces a change of a report, inside the transaction that makes it: to Kafka through the
 * outbox (durable, never for a rolled-back change), whence every instance's live queue
 * ({@link QueueStream}) tells its open workbenches.
 */
@Component
class ReportEvents {

    private final Outbox outbox;
    private final JsonMapper json;
    private final JdbcClient jdbc;
    private final Clock clock = Clock.systemUTC();

    ReportEvents(Outbox outbox, JsonMapper json, JdbcClient jdbc) {
        this.outbox = outbox;
        this.json = json;
        this.jdbc = jdbc;
    }

    void announce(UUID reportId, String event, String decisionType) {
        var current = jdbc.sql("select status, source_partner_id from report where id = :id").param("id", reportId)
                .query((rs, n) -> new Object[] { ReportStatus.valueOf(rs.getString("status")), rs.getObject("source_partner_id", UUID.class) })
                .single();
        var status = (ReportStatus) current[0];
        var payload = new ReportEvent(reportId, event, status, PartnerStatus.of(status), (UUID) current[1], decisionType,
                clock.instant());
        outbox.append(ReportEvent.TOPIC, reportId.toString(), json.writeValueAsString(payload));
    }
}
