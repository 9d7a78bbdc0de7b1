package fr.vigie.triage;

import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** The reports table as processing feeds it: recording assessed reports, their versions, their progress. */
@Service
public class ReportRegistry {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final ReportEvents events;
    private final Sightings sightings;
    private final ContactLinks links;
    private final ContentLocks locks;

    ReportRegistry(JdbcClient jdbc, JsonMapper json, ReportEvents events, Sightings sightings, ContactLinks links,
            ContentLocks locks) {
        this.jdbc = jdbc;
        this.locks = locks;
        this.json = json;
        this.events = events;
        this.sightings = sightings;
        this.links = links;
    }

    /**
     * Records a delivered report. Kafka delivers at least once: a version already recorded only
     * counts the delivery, so processing twice is harmless and visible; a newer version keeps the
     * previous text, URL, contacts and note in {@code report_version} before replacing them.
     * Safe to call from several threads ({@link ContentLocks}).
     */
    @Transactional
    public Recording record(AssessedReport r) {
        locks.lockFor(r); // reports sharing a URL, a fingerprint or a contact are recorded one after the other
        int inserted = jdbc.sql("""
                insert into report (id, version, source_partner_id, source_name, submitted_by, external_id, platform,
                    platform_name, url, canonical_url, text, observed_at, received_at, city, postal_code, department,
                    contacts, reporter_concern, note, priority, score, signals, status, entities, fingerprint, rules_version)
                values (:id, :version, :partner, :source, :submittedBy, :externalId, :platform,
                    :platformName, :url, :canonicalUrl, :text, :observedAt, :receivedAt, :city, :postalCode, :department,
                    cast(:contacts as jsonb), :concern, :note, :priority, :score, cast(:signals as jsonb), :status,
                    cast(:entities as jsonb), :fingerprint, :rulesVersion)
                on conflict (id) do nothing""")
                .params(parameters(r))
                .update();
        if (inserted == 1) {
            links.link(r.id(), r.entities());
            var original = sightings.original(r);
            if (original.isPresent()) {
                UUID originalId = (UUID) original.get()[0];
                sightings.record(originalId, r, (String) original.get()[1]);
                events.announce(originalId, "SIGHTED", null);
                return Recording.SIGHTING;
            }
            for (UUID raised : links.raiseAround(r.id())) {
                if (!raised.equals(r.id())) {
                    events.announce(raised, "RAISED", null);
                }
            }
            events.announce(r.id(), "RECORDED", null);
            return Recording.CREATED;
        }
        int current = jdbc.sql("select version from report where id = :id for update").param("id", r.id())
                .query(Integer.class).single();
        if (r.version() <= current) {
            jdbc.sql("update report set deliveries = deliveries + 1 where id = :id").param("id", r.id()).update();
            return Recording.REDELIVERED;
        }
        jdbc.sql("""
                insert into report_version (report_id, version, text, url, contacts, note)
                select id, version, text, url, contacts, note from report where id = :id""")
                .param("id", r.id()).update();
        jdbc.sql("""
                update report set version = :version, platform = :platform, platform_name = :platformName, url = :url,
                    canonical_url = :canonicalUrl, text = :text, observed_at = :observedAt, city = :city,
                    postal_code = :postalCode, department = :department, contacts = cast(:contacts as jsonb),
                    reporter_concern = :concern, note = :note, priority = :priority, score = :score,
                    signals = cast(:signals as jsonb), entities = cast(:entities as jsonb), fingerprint = :fingerprint,
                    rules_version = :rulesVersion, deliveries = deliveries + 1, updated_at = now()
                where id = :id""")
                .params(parameters(r))
                .update();
        events.announce(r.id(), "UPDATED", null);
        return Recording.UPDATED;
    }

    private java.util.Map<String, Object> parameters(AssessedReport r) {
        var p = new java.util.HashMap<String, Object>();
        p.put("id", r.id());
        p.put("version", r.version());
        p.put("partner", r.sourcePartnerId());
        p.put("source", r.sourceName());
        p.put("submittedBy", r.submittedBy());
        p.put("externalId", r.externalId());
        p.put("platform", r.platform());
        p.put("platformName", r.platformName());
        p.put("url", r.url());
        p.put("canonicalUrl", r.canonicalUrl());
        p.put("text", r.text());
        p.put("observedAt", Timestamp.from(r.observedAt()));
        p.put("receivedAt", Timestamp.from(r.receivedAt()));
        p.put("city", r.city());
        p.put("postalCode", r.postalCode());
        p.put("department", r.department());
        p.put("contacts", json.writeValueAsString(r.contacts()));
        p.put("concern", r.reporterConcern());
        p.put("note", r.note());
        p.put("priority", r.priority().name());
        p.put("score", r.score());
        p.put("signals", json.writeValueAsString(r.signals()));
        p.put("status", ReportStatus.NEW.name());
        p.put("entities", json.writeValueAsString(r.entities() == null ? ReportEntities.none() : r.entities()));
        p.put("fingerprint", r.fingerprint());
        p.put("rulesVersion", r.rulesVersion());
        return p;
    }

    /** The version of the report currently recorded; 0 if it is not recorded. */
    public int version(UUID id) {
        return jdbc.sql("select version from report where id = :id").param("id", id)
                .query(Integer.class).optional().orElse(0);
    }

    /** What rescoring needs of an open report: its text and the context it was seen in. */
    public record Reassessable(UUID id, String text, String reporterConcern, java.time.Instant observedAt,
            List<String> contacts, PriorityBand priority) {
    }

    /** Open reports (not decided yet), oldest first: those a change of rules may re-rank. */
    public List<Reassessable> openForReassessment() {
        return jdbc.sql("""
                select id, text, reporter_concern, observed_at, contacts::text as contacts, priority from report
                where status in ('NEW', 'IN_REVIEW', 'ESCALATED', 'PENDING_APPROVAL') order by received_at""")
                .query((rs, n) -> new Reassessable(rs.getObject("id", UUID.class), rs.getString("text"),
                        rs.getString("reporter_concern"), rs.getTimestamp("observed_at").toInstant(),
                        json.readValue(rs.getString("contacts"), new tools.jackson.core.type.TypeReference<List<String>>() {
                        }), PriorityBand.valueOf(rs.getString("priority"))))
                .list();
    }

    /**
     * Replaces a report's assessment after the rules changed; the network signal (shared
     * contacts) is re-applied on top. Returns whether the band changed.
     */
    @Transactional
    public boolean reassess(UUID id, PriorityBand band, int score, List<Signal> signals, String rulesVersion) {
        var before = jdbc.sql("select priority from report where id = :id for update").param("id", id)
                .query(String.class).optional();
        if (before.isEmpty()) {
            return false;
        }
        jdbc.sql("""
                update report set priority = :band, score = :score, signals = cast(:signals as jsonb),
                    rules_version = :version, updated_at = now() where id = :id""")
                .param("band", band.name()).param("score", score).param("signals", json.writeValueAsString(signals))
                .param("version", rulesVersion).param("id", id).update();
        links.raiseAround(id);
        boolean changed = !jdbc.sql("select priority from report where id = :id").param("id", id).query(String.class).single()
                .equals(before.get());
        if (changed) {
            events.announce(id, "REASSESSED", null);
        }
        return changed;
    }

    /** How many times Kafka delivered this report to processing; 0 if it is not recorded. */
    public int deliveries(UUID id) {
        return jdbc.sql("select deliveries from report where id = :id").param("id", id)
                .query(Integer.class).optional().orElse(0);
    }

}
