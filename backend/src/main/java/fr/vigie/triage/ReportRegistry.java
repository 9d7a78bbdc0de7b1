package fr.vigie.triage;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

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
    private final ContactWatches watches;

    ReportRegistry(JdbcClient jdbc, JsonMapper json, ReportEvents events, Sightings sightings, ContactLinks links,
            ContentLocks locks, ContactWatches watches) {
        this.jdbc = jdbc;
        this.watches = watches;
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
     * Safe to call from several threads ({@link ContentLocks}). A new report's search document
     * comes back with it ({@link Recorded#indexable()}): the caller indexes it, since the index feed
     * does not on the report's {@code RECORDED} event.
     */
    @Transactional
    public Recorded record(AssessedReport r) {
        locks.lockFor(r); // reports sharing a URL, a fingerprint or a contact are recorded one after the other
        return recordLocked(r);
    }

    /**
     * Records a batch of delivered reports in one transaction, in their order (ADR 0016): the locks
     * of all their URLs, fingerprints and contacts first, the new ones inserted by one statement,
     * then each report as {@link #record} would, so a copy later in the batch sees the earlier one
     * as a batch recorded one by one would (and none sees a later one, inserted already but not
     * recorded yet). All or nothing: a failure rolls the whole batch back.
     */
    @Transactional
    public List<Recorded> recordAll(List<AssessedReport> batch) {
        locks.lockForAll(batch);
        var recordings = new ArrayList<Recorded>(batch.size());
        var ids = new HashSet<UUID>();
        if (!batch.stream().allMatch(r -> ids.add(r.id()))) {
            // two versions of one report in the batch: one after the other, as they came (rare)
            for (var r : batch) {
                recordings.add(recordLocked(r));
            }
            return recordings;
        }
        var inserted = insertAll(batch);
        // Every report new (the normal case): the earlier reports each one may repeat are looked up
        // for the whole batch at once, and the batch's own earlier reports checked in memory.
        // Otherwise a version or a redelivery in the batch may change what a later report matches:
        // one look-up per new report, after the batch's earlier reports were recorded.
        var originals = inserted.size() == batch.size() ? sightings.originalsOf(batch) : null;
        var notYet = new HashSet<>(inserted.keySet());
        for (var r : batch) {
            Long revision = inserted.get(r.id());
            if (revision == null) {
                recordings.add(recordExisting(r));
                continue;
            }
            notYet.remove(r.id());
            recordings.add(recordCreated(r, revision,
                    () -> originals != null ? originals.next(r) : sightings.original(r, notYet)));
        }
        return recordings;
    }

    private Recorded recordLocked(AssessedReport r) {
        // the revision the row was inserted with (its column's default), for the new report's document
        var inserted = jdbc.sql("""
                insert into report (id, version, source_partner_id, source_name, submitted_by, external_id, platform,
                    platform_name, url, canonical_url, text, observed_at, received_at, city, postal_code, department,
                    contacts, reporter_concern, note, priority, score, signals, status, entities, fingerprint, rules_version,
                    partner_status, partner_updated_at)
                values (:id, :version, :partner, :source, :submittedBy, :externalId, :platform,
                    :platformName, :url, :canonicalUrl, :text, :observedAt, :receivedAt, :city, :postalCode, :department,
                    cast(:contacts as jsonb), :concern, :note, :priority, :score, cast(:signals as jsonb), :status,
                    cast(:entities as jsonb), :fingerprint, :rulesVersion, :partnerStatus, clock_timestamp())
                on conflict (id) do nothing
                returning revision""")
                .params(parameters(r))
                .query(Long.class)
                .optional();
        if (inserted.isPresent()) {
            return recordCreated(r, inserted.get(), () -> sightings.original(r, Set.of()));
        }
        return recordExisting(r);
    }

    /** The text parameters of {@link #parameters}, each sent to {@link #insertAll} as one array of the batch. */
    private static final String[] TEXT_COLUMNS = { "source", "submittedBy", "externalId", "platform", "platformName", "url",
        "canonicalUrl", "text", "city", "postalCode", "department", "contacts", "concern", "note", "priority", "signals", "status",
        "entities", "fingerprint", "rulesVersion", "partnerStatus" };

    /**
     * Inserts the batch's reports not recorded yet in one statement (issue 18: one insert per report
     * cost a round trip, a parse and the two statement triggers on {@code report} each): the
     * inserted ones, each with the revision its row was inserted with, in the batch's order.
     */
    private Map<UUID, Long> insertAll(List<AssessedReport> batch) {
        int n = batch.size();
        var ids = new UUID[n];
        var versions = new Integer[n];
        var partners = new UUID[n];
        var scores = new Integer[n];
        var observedAt = new String[n];
        var receivedAt = new String[n];
        String[][] text = new String[TEXT_COLUMNS.length][n];
        for (int i = 0; i < n; i++) {
            var r = batch.get(i);
            var p = parameters(r);
            ids[i] = r.id();
            versions[i] = r.version();
            partners[i] = r.sender().partnerId();
            scores[i] = r.assessment().score();
            observedAt[i] = r.ad().observedAt().toString();
            receivedAt[i] = r.sender().receivedAt().toString();
            for (int c = 0; c < TEXT_COLUMNS.length; c++) {
                Object value = p.get(TEXT_COLUMNS[c]);
                text[c][i] = value == null ? null : value.toString();
            }
        }
        var inserted = new LinkedHashMap<UUID, Long>();
        jdbc.sql("""
                insert into report (id, version, source_partner_id, source_name, submitted_by, external_id, platform,
                    platform_name, url, canonical_url, text, observed_at, received_at, city, postal_code, department,
                    contacts, reporter_concern, note, priority, score, signals, status, entities, fingerprint, rules_version,
                    partner_status, partner_updated_at)
                select id, version, partner, source, submitted_by, external_id, platform,
                    platform_name, url, canonical_url, text, cast(observed_at as timestamptz), cast(received_at as timestamptz),
                    city, postal_code, department, cast(contacts as jsonb), concern, note, priority, score,
                    cast(signals as jsonb), status, cast(entities as jsonb), fingerprint, rules_version, partner_status,
                    clock_timestamp()
                from unnest(cast(:ids as uuid[]), cast(:versions as integer[]), cast(:partners as uuid[]),
                    cast(:sources as text[]), cast(:submittedBy as text[]), cast(:externalIds as text[]),
                    cast(:platforms as text[]), cast(:platformNames as text[]), cast(:urls as text[]),
                    cast(:canonicalUrls as text[]), cast(:texts as text[]), cast(:observedAt as text[]),
                    cast(:receivedAt as text[]), cast(:cities as text[]), cast(:postalCodes as text[]),
                    cast(:departments as text[]), cast(:contacts as text[]), cast(:concerns as text[]), cast(:notes as text[]),
                    cast(:priorities as text[]), cast(:scores as integer[]), cast(:signals as text[]),
                    cast(:statuses as text[]), cast(:entities as text[]), cast(:fingerprints as text[]),
                    cast(:rulesVersions as text[]), cast(:partnerStatuses as text[]))
                    as b(id, version, partner, source, submitted_by, external_id, platform, platform_name, url, canonical_url,
                         text, observed_at, received_at, city, postal_code, department, contacts, concern, note, priority,
                         score, signals, status, entities, fingerprint, rules_version, partner_status)
                on conflict (id) do nothing
                returning id, revision""")
                .param("ids", ids).param("versions", versions).param("partners", partners)
                .param("sources", text[0]).param("submittedBy", text[1]).param("externalIds", text[2])
                .param("platforms", text[3]).param("platformNames", text[4]).param("urls", text[5])
                .param("canonicalUrls", text[6]).param("texts", text[7]).param("observedAt", observedAt)
                .param("receivedAt", receivedAt).param("cities", text[8]).param("postalCodes", text[9])
                .param("departments", text[10]).param("contacts", text[11]).param("concerns", text[12])
                .param("notes", text[13]).param("priorities", text[14]).param("scores", scores)
                .param("signals", text[15]).param("statuses", text[16]).param("entities", text[17])
                .param("fingerprints", text[18]).param("rulesVersions", text[19]).param("partnerStatuses", text[20])
                .query((rs, row) -> inserted.put(rs.getObject("id", UUID.class), rs.getLong("revision")))
                .list();
        return inserted;
    }

    /** What follows a new report's insert: its links and alerts, then a sighting of an earlier report or a queue item. */
    private Recorded recordCreated(AssessedReport r, long revision, Supplier<Optional<Object[]>> originalOf) {
        var shown = r.assessment().entities();
        if (shown != null && !(shown.phones().isEmpty() && shown.handles().isEmpty())) {
            // a watch alert needs a contact of this report: none, no statement (most reports)
            links.link(r.id(), shown);
            watches.alertFor(r);
        }
        var original = originalOf.get();
        if (original.isPresent()) {
            UUID originalId = (UUID) original.get()[0];
            sightings.record(originalId, r, (String) original.get()[1]);
            events.announce(originalId, "SIGHTED", null);
            return Recorded.of(Recording.SIGHTING);
        }
        var entities = r.assessment().entities();
        boolean raisedItself = false;
        if (entities != null && !(entities.phones().isEmpty() && entities.handles().isEmpty())) {
            for (UUID raised : links.raiseAround(r.id())) {
                if (raised.equals(r.id())) {
                    raisedItself = true;
                } else {
                    events.announce(raised, "RAISED", null);
                }
            }
        }
        // inserted with its partner view (received) already dated: nothing to read back
        events.announceRecorded(r.id(), r.sender().partnerId(), r.ad().platform(), r.place().department());
        return new Recorded(Recording.CREATED, ReportSnapshots.recorded(r, revision, raisedItself));
    }

    /** A report already recorded: a redelivery only counts; a newer version keeps the previous one in {@code report_version}. */
    private Recorded recordExisting(AssessedReport r) {
        int current = jdbc.sql("select version from report where id = :id for update").param("id", r.id())
                .query(Integer.class).single();
        if (r.version() <= current) {
            jdbc.sql("update report set deliveries = deliveries + 1 where id = :id").param("id", r.id()).update();
            return Recorded.of(Recording.REDELIVERED);
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
        return Recorded.of(Recording.UPDATED);
    }

    /** The columns of the report's row, part by part of the assessed report. */
    private Map<String, Object> parameters(AssessedReport r) {
        var p = new HashMap<String, Object>();
        p.put("id", r.id());
        p.put("version", r.version());
        p.put("status", ReportStatus.NEW.name());
        p.put("partnerStatus", PartnerStatus.of(ReportStatus.NEW));
        sender(p, r.sender());
        ad(p, r.ad());
        place(p, r.place());
        assessment(p, r.assessment());
        return p;
    }

    private static void sender(Map<String, Object> p, AssessedReport.Sender sender) {
        p.put("partner", sender.partnerId());
        p.put("source", sender.name());
        p.put("submittedBy", sender.submittedBy());
        p.put("externalId", sender.externalId());
        p.put("receivedAt", Timestamp.from(sender.receivedAt()));
        p.put("concern", sender.concern());
        p.put("note", sender.note());
    }

    private void ad(Map<String, Object> p, AssessedReport.Ad ad) {
        p.put("platform", ad.platform());
        p.put("platformName", ad.platformName());
        p.put("url", ad.url());
        p.put("canonicalUrl", ad.canonicalUrl());
        p.put("text", ad.text());
        p.put("observedAt", Timestamp.from(ad.observedAt()));
        p.put("contacts", json.writeValueAsString(ad.contacts()));
    }

    private static void place(Map<String, Object> p, AssessedReport.Place place) {
        p.put("city", place.city());
        p.put("postalCode", place.postalCode());
        p.put("department", place.department());
    }

    private void assessment(Map<String, Object> p, Assessment assessment) {
        p.put("priority", assessment.priority().name());
        p.put("score", assessment.score());
        p.put("signals", json.writeValueAsString(assessment.signals()));
        p.put("entities", json.writeValueAsString(assessment.entities()));
        p.put("fingerprint", assessment.fingerprint());
        p.put("rulesVersion", assessment.rulesVersion());
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
                .query(this::reassessable)
                .list();
    }

    /**
     * A page of the open reports not yet assessed with {@code rulesVersion}, in id order after
     * {@code after} (null: from the start): a rescoring walks them page by page and can resume
     * after the last one it did.
     */
    public List<Reassessable> openNotAssessedWith(String rulesVersion, UUID after, int limit) {
        return jdbc.sql("""
                select id, text, reporter_concern, observed_at, contacts::text as contacts, priority from report
                where status in ('NEW', 'IN_REVIEW', 'ESCALATED', 'PENDING_APPROVAL') and rules_version is distinct from :version
                  and (cast(:after as uuid) is null or id > cast(:after as uuid))
                order by id limit :limit""")
                .param("version", rulesVersion).param("after", after).param("limit", limit)
                .query(this::reassessable)
                .list();
    }

    /** How many open reports are not yet assessed with {@code rulesVersion}. */
    public int countOpenNotAssessedWith(String rulesVersion) {
        return jdbc.sql("""
                select count(*) from report
                where status in ('NEW', 'IN_REVIEW', 'ESCALATED', 'PENDING_APPROVAL') and rules_version is distinct from :version""")
                .param("version", rulesVersion).query(Integer.class).single();
    }

    /** An open report's place in the queue: its band, its score, and its rank (1 first) in triage order. */
    public record Standing(UUID id, PriorityBand priority, int score, int rank) {
    }

    /**
     * Every open report (those a rescoring reassesses) with its rank in triage order, as the queue
     * sorts: band, a reporter's immediate danger first, score (highest first), then oldest first.
     */
    public List<Standing> openStandings() {
        return jdbc.sql("""
                select id, priority, score,
                       row_number() over (order by priority, case when reporter_concern = 'IMMEDIATE_DANGER' then 0 else 1 end,
                                          score desc, received_at, id) as rank
                from report where status in ('NEW', 'IN_REVIEW', 'ESCALATED', 'PENDING_APPROVAL')""")
                .query((rs, n) -> new Standing(rs.getObject("id", UUID.class), PriorityBand.valueOf(rs.getString("priority")),
                        rs.getInt("score"), rs.getInt("rank")))
                .list();
    }

    private Reassessable reassessable(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Reassessable(rs.getObject("id", UUID.class), rs.getString("text"),
                rs.getString("reporter_concern"), rs.getTimestamp("observed_at").toInstant(),
                json.readValue(rs.getString("contacts"), new tools.jackson.core.type.TypeReference<List<String>>() {
                }), PriorityBand.valueOf(rs.getString("priority")));
    }

    /**
     * Replaces a report's band, score and signals after the rules changed; the network signal
     * (shared contacts) is re-applied on top. Returns whether the band changed.
     */
    @Transactional
    public boolean reassess(UUID id, Assessment assessment) {
        var before = jdbc.sql("select priority from report where id = :id for update").param("id", id)
                .query(String.class).optional();
        if (before.isEmpty()) {
            return false;
        }
        jdbc.sql("""
                update report set priority = :band, score = :score, signals = cast(:signals as jsonb),
                    rules_version = :version, updated_at = now() where id = :id""")
                .param("band", assessment.priority().name()).param("score", assessment.score())
                .param("signals", json.writeValueAsString(assessment.signals()))
                .param("version", assessment.rulesVersion()).param("id", id).update();
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
