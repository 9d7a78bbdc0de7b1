package fr.vigie.triage;

import java.time.Clock;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import fr.vigie.infrastructure.outbox.Outbox;

/**
 * Announces a change of a report, inside the transaction that makes it: to Kafka through the
 * outbox (durable, never for a rolled-back change), whence every instance's live queue
 * ({@link QueueStream}) tells its open workbenches; and in process ({@link QueueChanged}) for
 * shifts' alert sweep on this instance.
 */
@Component
class ReportEvents {

    private final Outbox outbox;
    private final JsonMapper json;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher publisher;
    private final PartnerViews partnerViews;
    private final Clock clock = Clock.systemUTC();

    ReportEvents(Outbox outbox, JsonMapper json, JdbcClient jdbc, ApplicationEventPublisher publisher, PartnerViews partnerViews) {
        this.outbox = outbox;
        this.json = json;
        this.jdbc = jdbc;
        this.publisher = publisher;
        this.partnerViews = partnerViews;
    }

    /**
     * Announces the change, after dating it in the sender's view if that view changed; the
     * reports merged into this one follow its status, so those whose view changed with it are
     * announced too ({@code FOLLOWED}).
     */
    void announce(UUID reportId, String event, String decisionType) {
        partnerViews.refresh(reportId);
        append(reportId, event, decisionType);
        for (UUID follower : partnerViews.refreshFollowers(reportId)) {
            append(follower, "FOLLOWED", null);
        }
    }

    /**
     * Announces a report just recorded ({@code RECORDED}), whose row was inserted with its partner
     * view already set and which nothing follows yet: no need to read it back (processing's hot path).
     */
    void announceRecorded(UUID reportId, UUID partnerId, String platform, String department) {
        append(reportId, ReportEvent.RECORDED, null, ReportStatus.NEW, partnerId, platform, department);
    }

    private void append(UUID reportId, String event, String decisionType) {
        // every announced change is a new revision of the report (the search index's external version)
        jdbc.sql("update report set revision = nextval('report_revision') where id = :id").param("id", reportId).update();
        var current = jdbc.sql("select status, source_partner_id, platform, department from report where id = :id")
                .param("id", reportId)
                .query((rs, n) -> new Object[] { ReportStatus.valueOf(rs.getString("status")), rs.getObject("source_partner_id", UUID.class),
                        rs.getString("platform"), rs.getString("department") })
                .single();
        append(reportId, event, decisionType, (ReportStatus) current[0], (UUID) current[1], (String) current[2], (String) current[3]);
    }

    private void append(UUID reportId, String event, String decisionType, ReportStatus status, UUID partnerId, String platform,
            String department) {
        var payload = new ReportEvent(reportId, event, status, PartnerStatus.of(status), partnerId, decisionType,
                clock.instant(), platform, department);
        outbox.append(ReportEvent.TOPIC, reportId.toString(), json.writeValueAsString(payload));
        publisher.publishEvent(new QueueChanged(reportId, event, platform, department));
    }
}
