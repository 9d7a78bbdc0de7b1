package fr.vigie.triage;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The same ad reported again — same canonical URL, or the same normalised text (fingerprint,
 * whatever the spacing, case or hidden characters) with no new contact, within the window — is
 * a sighting of the first report: counted there, with who saw it and when, not a second queue
 * item.
 */
@Repository
class Sightings {

    /** One more time an ad was seen, by whom, and how it was recognised ({@code URL} or {@code TEXT}). */
    public record Seen(String source, Instant seenAt, String matchedOn) {
    }

    private final JdbcClient jdbc;
    private final DuplicateProperties properties;
    private final Clock clock = Clock.systemUTC();

    Sightings(JdbcClient jdbc, DuplicateProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    /**
     * The earlier report this one repeats, and on what it matched; {@code notYet}: reports of the
     * same batch inserted already but not recorded yet, which a report recorded one by one would
     * not see.
     */
    Optional<Object[]> original(AssessedReport r, Set<UUID> notYet) {
        var since = Timestamp.from(clock.instant().minus(properties.window()));
        var later = notYet.toArray(UUID[]::new);
        if (r.ad().canonicalUrl() != null) {
            var byUrl = jdbc.sql("""
                    select id from report where canonical_url = :url and id <> :id and merged_into is null
                    and received_at >= :since and id <> all(cast(:later as uuid[])) order by received_at limit 1""")
                    .param("url", r.ad().canonicalUrl()).param("id", r.id()).param("since", since).param("later", later)
                    .query(UUID.class).optional();
            if (byUrl.isPresent()) {
                return Optional.of(new Object[] { byUrl.get(), "URL" });
            }
        }
        if (r.assessment().fingerprint() != null) {
            // The same text with a contact the earlier ad did not show is another ad from a
            // template (a network's hallmark), not the same ad: it stays a report of its own.
            return jdbc.sql("""
                    select o.id from report o where o.fingerprint = :fp and o.id <> :id and o.merged_into is null
                    and o.received_at >= :since and o.id <> all(cast(:later as uuid[]))
                    and not exists (select 1 from report_contact n where n.report_id = :id
                        and n.contact not in (select c.contact from report_contact c where c.report_id = o.id))
                    order by o.received_at limit 1""")
                    .param("fp", r.assessment().fingerprint()).param("id", r.id()).param("since", since)
                    .param("later", later)
                    .query(UUID.class).optional().map(id -> new Object[] { id, "TEXT" });
        }
        return Optional.empty();
    }

    /**
     * The originals of a batch of reports just inserted, none recorded before (issue 18): one
     * statement finds, for each, the earliest report from before the batch it repeats by URL and by
     * text; {@link Originals#next} then adds the batch's own earlier reports, so that each report
     * gets the original {@link #original} would have found had the batch been recorded one by one.
     */
    Originals originalsOf(List<AssessedReport> batch) {
        var since = clock.instant().minus(properties.window());
        int n = batch.size();
        var ids = new UUID[n];
        var urls = new String[n];
        var fingerprints = new String[n];
        var contactOf = new ArrayList<UUID>();
        var contacts = new ArrayList<String>();
        for (int i = 0; i < n; i++) {
            var r = batch.get(i);
            ids[i] = r.id();
            urls[i] = r.ad().canonicalUrl();
            fingerprints[i] = r.assessment().fingerprint();
            for (String contact : contactsOf(r)) {
                contactOf.add(r.id());
                contacts.add(contact);
            }
        }
        var before = new HashMap<UUID, Candidate[]>();
        jdbc.sql("""
                select b.id, u.id as url_id, u.received_at as url_at, t.id as text_id, t.received_at as text_at
                from unnest(cast(:ids as uuid[]), cast(:urls as text[]), cast(:fps as text[])) as b(id, url, fp)
                left join lateral (
                    select o.id, o.received_at from report o
                    where o.canonical_url = b.url and o.id <> all(cast(:ids as uuid[])) and o.merged_into is null
                      and o.received_at >= :since
                    order by o.received_at limit 1) u on b.url is not null
                left join lateral (
                    select o.id, o.received_at from report o
                    where o.fingerprint = b.fp and o.id <> all(cast(:ids as uuid[])) and o.merged_into is null
                      and o.received_at >= :since
                      and not exists (select 1 from unnest(cast(:contactOf as uuid[]), cast(:contacts as text[])) as m(id, contact)
                          where m.id = b.id
                            and m.contact not in (select c.contact from report_contact c where c.report_id = o.id))
                    order by o.received_at limit 1) t on b.fp is not null and u.id is null
                where u.id is not null or t.id is not null""")
                .param("ids", ids).param("urls", urls).param("fps", fingerprints)
                .param("contactOf", contactOf.toArray(UUID[]::new)).param("contacts", contacts.toArray(String[]::new))
                .param("since", Timestamp.from(since))
                .query((rs, row) -> before.put(rs.getObject("id", UUID.class), new Candidate[] {
                    candidate(rs.getObject("url_id", UUID.class), rs.getTimestamp("url_at"), Set.of()),
                    candidate(rs.getObject("text_id", UUID.class), rs.getTimestamp("text_at"), Set.of()) }))
                .list();
        return new Originals(before, since);
    }

    private static Candidate candidate(UUID id, Timestamp receivedAt, Set<String> contacts) {
        return id == null ? null : new Candidate(id, receivedAt.toInstant(), contacts);
    }

    /** The contacts a report is linked by ({@link ContactLinks#link}): its phones and handles. */
    private static Set<String> contactsOf(AssessedReport r) {
        var entities = r.assessment().entities();
        var contacts = new HashSet<String>();
        if (entities != null) {
            contacts.addAll(entities.phones());
            contacts.addAll(entities.handles());
        }
        return contacts;
    }

    private record Candidate(UUID id, Instant receivedAt, Set<String> contacts) {
    }

    /**
     * The originals of a batch's reports, asked for in the batch's order: the earliest of the
     * report from before the batch found by {@link #originalsOf} and the batch's earlier reports
     * that stayed reports of their own (not sightings), by URL first, then by text.
     */
    static final class Originals {

        private final Map<UUID, Candidate[]> before;
        private final Instant since;
        private final Map<String, List<Candidate>> earlierByUrl = new HashMap<>();
        private final Map<String, List<Candidate>> earlierByText = new HashMap<>();

        private Originals(Map<UUID, Candidate[]> before, Instant since) {
            this.before = before;
            this.since = since;
        }

        /** The original of the batch's next report, which then counts as an earlier report if it has none. */
        Optional<Object[]> next(AssessedReport r) {
            var found = before.getOrDefault(r.id(), new Candidate[2]);
            String url = r.ad().canonicalUrl();
            String fingerprint = r.assessment().fingerprint();
            var contacts = contactsOf(r);
            if (url != null) {
                var byUrl = earliest(found[0], earlierByUrl.getOrDefault(url, List.of()), Set.of());
                if (byUrl != null) {
                    return Optional.of(new Object[] { byUrl.id(), "URL" });
                }
            }
            if (fingerprint != null) {
                var byText = earliest(found[1], earlierByText.getOrDefault(fingerprint, List.of()), contacts);
                if (byText != null) {
                    return Optional.of(new Object[] { byText.id(), "TEXT" });
                }
            }
            var self = new Candidate(r.id(), r.sender().receivedAt(), contacts);
            if (url != null) {
                earlierByUrl.computeIfAbsent(url, k -> new ArrayList<>()).add(self);
            }
            if (fingerprint != null) {
                earlierByText.computeIfAbsent(fingerprint, k -> new ArrayList<>()).add(self);
            }
            return Optional.empty();
        }

        /** The earliest received, within the window, of those that show every one of {@code contacts}. */
        private Candidate earliest(Candidate fromBefore, List<Candidate> earlier, Set<String> contacts) {
            Candidate best = fromBefore;
            for (var c : earlier) {
                if (!c.receivedAt().isBefore(since) && c.contacts().containsAll(contacts)
                        && (best == null || c.receivedAt().isBefore(best.receivedAt()))) {
                    best = c;
                }
            }
            return best;
        }
    }

    void record(UUID original, AssessedReport seen, String matchedOn) {
        jdbc.sql("update report set status = 'MERGED', merged_into = :original, partner_status = null where id = :id")
                .param("original", original).param("id", seen.id()).update();
        jdbc.sql("""
                insert into sighting (report_id, sighted_as, source_name, source_partner_id, seen_at, matched_on)
                values (:original, :seen, :source, :partner, :at, :matched) on conflict do nothing""")
                .param("original", original).param("seen", seen.id()).param("source", seen.sender().name())
                .param("partner", seen.sender().partnerId()).param("at", Timestamp.from(seen.sender().receivedAt()))
                .param("matched", matchedOn).update();
    }

    List<Seen> of(UUID reportId) {
        return jdbc.sql("select source_name, seen_at, matched_on from sighting where report_id = :id order by seen_at")
                .param("id", reportId)
                .query((rs, n) -> new Seen(rs.getString("source_name"), rs.getTimestamp("seen_at").toInstant(),
                        rs.getString("matched_on")))
                .list();
    }
}
