package fr.vigie.triage;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import fr.vigie.infrastructure.web.StorableText;

/**
 * Watchlists: who watches which contact (with a note), and the alerts each new report showing a
 * watched contact raises for its watcher — in the transaction that records the report, so that no
 * report is recorded without its alerts.
 */
@Repository
class ContactWatches {

    /** A contact someone watches. */
    record Watch(UUID id, String contact, String display, String note, Instant createdAt) {
    }

    /** A new report that showed a watched contact. */
    record WatchAlert(UUID id, UUID watchId, String contact, String display, UUID reportId, PriorityBand priority,
            String platform, String department, Instant raisedAt, Instant seenAt) {
    }

    /** An alert not seen yet, as a desktop notification tells it: neither the contact nor the note. */
    record UnseenAlert(UUID id, UUID reportId, PriorityBand priority, String platform, String department, Instant raisedAt) {
    }

    /** Someone's watches and her alerts, newest first. */
    record Watchlist(List<Watch> watches, List<WatchAlert> alerts, long unseen) {
    }

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher publisher;

    ContactWatches(JdbcClient jdbc, ApplicationEventPublisher publisher) {
        this.jdbc = jdbc;
        this.publisher = publisher;
    }

    /**
     * Raises the alerts of a report just recorded, and announces each one ({@link WatchAlertRaised})
     * in the same transaction: the notification channel keeps its own record of what to send.
     */
    void alertFor(AssessedReport report) {
        var raised = jdbc.sql("""
                with raised as (
                    insert into watch_alert (id, watch_id, report_id)
                    select gen_random_uuid(), w.id, c.report_id from contact_watch w join report_contact c on c.contact = w.contact
                    where c.report_id = :r
                    on conflict do nothing
                    returning id, watch_id, raised_at)
                select raised.id, raised.watch_id, raised.raised_at, w.watcher from raised join contact_watch w on w.id = raised.watch_id""")
                .param("r", report.id())
                .query((rs, n) -> new WatchAlertRaised(rs.getObject("id", UUID.class), rs.getObject("watch_id", UUID.class),
                        rs.getString("watcher"), report.id(), report.assessment().priority(), report.ad().platform(),
                        report.place().department(), rs.getTimestamp("raised_at").toInstant()))
                .list();
        raised.forEach(publisher::publishEvent);
    }

    /** Watches the contact (again: the note is replaced). */
    Watch watch(ContactKey key, String watcher, String note) {
        String text = note == null ? "" : note.strip();
        if (text.length() > 1000) {
            throw TriageProblem.invalidField("note", "1 000 caractères au plus / at most 1,000 characters");
        }
        StorableText.fault(text).ifPresent(fault -> {
            throw TriageProblem.invalidField("note", fault);
        });
        jdbc.sql("""
                insert into contact_watch (id, contact, watcher, note) values (:id, :c, :w, :n)
                on conflict (contact, watcher) do update set note = excluded.note""")
                .param("id", UUID.randomUUID()).param("c", key.value()).param("w", watcher).param("n", text).update();
        return watches(watcher).stream().filter(w -> w.contact().equals(key.value())).findFirst().orElseThrow();
    }

    List<Watch> watches(String watcher) {
        return jdbc.sql("select id, contact, note, created_at from contact_watch where watcher = :w order by created_at desc, id")
                .param("w", watcher)
                .query((rs, n) -> {
                    String contact = rs.getString("contact");
                    return new Watch(rs.getObject("id", UUID.class), contact, new ContactKey(contact.startsWith("+"), contact).display(),
                            rs.getString("note"), rs.getTimestamp("created_at").toInstant());
                })
                .list();
    }

    Watchlist watchlist(String watcher) {
        var alerts = jdbc.sql("""
                select a.id, a.watch_id, w.contact, a.report_id, r.priority, r.platform, r.department, a.raised_at, a.seen_at
                from watch_alert a join contact_watch w on w.id = a.watch_id join report r on r.id = a.report_id
                where w.watcher = :w order by a.raised_at desc, a.id limit 200""")
                .param("w", watcher)
                .query((rs, n) -> {
                    String contact = rs.getString("contact");
                    var seen = rs.getTimestamp("seen_at");
                    return new WatchAlert(rs.getObject("id", UUID.class), rs.getObject("watch_id", UUID.class), contact,
                            new ContactKey(contact.startsWith("+"), contact).display(), rs.getObject("report_id", UUID.class),
                            PriorityBand.valueOf(rs.getString("priority")), rs.getString("platform"), rs.getString("department"),
                            rs.getTimestamp("raised_at").toInstant(), seen == null ? null : seen.toInstant());
                })
                .list();
        return new Watchlist(watches(watcher), alerts, alerts.stream().filter(a -> a.seenAt() == null).count());
    }

    /** Her alerts not seen yet, newest first (at most 50: a notification each). */
    List<UnseenAlert> unseen(String watcher) {
        return jdbc.sql("""
                select a.id, a.report_id, r.priority, r.platform, r.department, a.raised_at
                from watch_alert a join contact_watch w on w.id = a.watch_id join report r on r.id = a.report_id
                where w.watcher = :w and a.seen_at is null order by a.raised_at desc, a.id limit 50""")
                .param("w", watcher)
                .query((rs, n) -> new UnseenAlert(rs.getObject("id", UUID.class), rs.getObject("report_id", UUID.class),
                        PriorityBand.valueOf(rs.getString("priority")), rs.getString("platform"), rs.getString("department"),
                        rs.getTimestamp("raised_at").toInstant()))
                .list();
    }

    /** Stops watching (announced: {@link WatchEnded}); whether there was such a watch of hers. */
    @Transactional
    boolean unwatch(UUID id, String watcher) {
        boolean ended = jdbc.sql("delete from contact_watch where id = :id and watcher = :w").param("id", id).param("w", watcher)
                .update() == 1;
        if (ended) {
            publisher.publishEvent(new WatchEnded(id));
        }
        return ended;
    }

    /** Marks her alert seen; whether there was such an alert of hers. */
    boolean seen(UUID alertId, String watcher) {
        return jdbc.sql("""
                update watch_alert a set seen_at = coalesce(seen_at, now()) from contact_watch w
                where a.id = :id and w.id = a.watch_id and w.watcher = :w""")
                .param("id", alertId).param("w", watcher).update() == 1;
    }

    Optional<Watch> find(UUID id, String watcher) {
        return watches(watcher).stream().filter(w -> w.id().equals(id)).findFirst();
    }
}
