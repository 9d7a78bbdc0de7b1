package fr.vigie.triage;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
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

    /** The earlier report this one repeats, and on what it matched. */
    Optional<Object[]> original(AssessedReport r) {
        var since = Timestamp.from(clock.instant().minus(properties.window()));
        if (r.ad().canonicalUrl() != null) {
            var byUrl = jdbc.sql("""
                    select id from report where canonical_url = :url and id <> :id and merged_into is null
                    and received_at >= :since order by received_at limit 1""")
                    .param("url", r.ad().canonicalUrl()).param("id", r.id()).param("since", since)
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
                    and o.received_at >= :since
                    and not exists (select 1 from report_contact n where n.report_id = :id
                        and n.contact not in (select c.contact from report_contact c where c.report_id = o.id))
                    order by o.received_at limit 1""")
                    .param("fp", r.assessment().fingerprint()).param("id", r.id()).param("since", since)
                    .query(UUID.class).optional().map(id -> new Object[] { id, "TEXT" });
        }
        return Optional.empty();
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
