package fr.vigie.triage;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import fr.vigie.infrastructure.web.StorableText;

/** The dossier of a contact, read from the reports that show it, and the team's notes about it. */
@Repository
class ContactDossiers {

    /** At most this many reports are listed (the counts and dates cover them all). */
    static final int MAX_REPORTS = 500;
    private static final int MAX_LINKED = 50;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM").withZone(ZoneId.of("Europe/Paris"));

    private final JdbcClient jdbc;
    private final Clock clock = Clock.systemUTC();

    ContactDossiers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    ContactDossier dossier(ContactKey key) {
        var reports = jdbc.sql("""
                select r.id, r.priority, r.score, r.status, r.observed_at, r.received_at, r.platform, r.department,
                       (select count(*) from sighting s where s.report_id = r.id) as sightings,
                       (select max(s.seen_at) from sighting s where s.report_id = r.id) as last_sighting,
                       d.type as decision, d.created_at as decided_at
                from report_contact c join report r on r.id = c.report_id
                left join lateral (select type, created_at from decision where report_id = r.id
                                   order by created_at desc limit 1) d on true
                where c.contact = :c and r.merged_into is null
                order by r.observed_at desc, r.id limit :max""")
                .param("c", key.value()).param("max", MAX_REPORTS)
                .query((rs, n) -> {
                    var observed = rs.getTimestamp("observed_at").toInstant();
                    var lastSighting = rs.getTimestamp("last_sighting");
                    var decidedAt = rs.getTimestamp("decided_at");
                    return new ContactDossier.DossierReport(rs.getObject("id", UUID.class), PriorityBand.valueOf(rs.getString("priority")),
                            rs.getInt("score"), ReportStatus.valueOf(rs.getString("status")), observed,
                            rs.getTimestamp("received_at").toInstant(), rs.getString("platform"), rs.getString("department"),
                            rs.getInt("sightings"),
                            lastSighting == null || lastSighting.toInstant().isBefore(observed) ? observed : lastSighting.toInstant(),
                            rs.getString("decision"), decidedAt == null ? null : decidedAt.toInstant());
                })
                .list();
        var decisions = jdbc.sql("""
                select d.type, d.created_at from decision d join report_contact c on c.report_id = d.report_id
                where c.contact = :c order by d.created_at""")
                .param("c", key.value())
                .query((rs, n) -> Map.entry(rs.getString("type"), rs.getTimestamp("created_at").toInstant()))
                .list();
        var linked = jdbc.sql("""
                select other.contact, count(distinct other.report_id) as reports
                from report_contact mine
                join report_contact other on other.report_id = mine.report_id and other.contact <> mine.contact
                join report r on r.id = other.report_id and r.merged_into is null
                where mine.contact = :c
                group by other.contact order by reports desc, other.contact limit :max""")
                .param("c", key.value()).param("max", MAX_LINKED)
                .query((rs, n) -> {
                    String contact = rs.getString("contact");
                    boolean phone = contact.startsWith("+");
                    return new ContactDossier.LinkedContact(contact, new ContactKey(phone, contact).display(), rs.getLong("reports"));
                })
                .list();
        return new ContactDossier(key.value(), key.display(), key.phone(), reports.size(),
                reports.stream().map(ContactDossier.DossierReport::observedAt).min(Comparator.naturalOrder()).orElse(null),
                reports.stream().map(ContactDossier.DossierReport::lastSeen).max(Comparator.naturalOrder()).orElse(null),
                count(reports, ContactDossier.DossierReport::department), count(reports, ContactDossier.DossierReport::platform),
                count(reports, r -> r.priority().name()), timeline(reports, decisions), reports, linked, notes(key));
    }

    private static <T> Map<String, Long> count(List<T> items, Function<T, String> key) {
        return items.stream().map(key).filter(Objects::nonNull)
                .collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
    }

    private static List<ContactDossier.DossierMonth> timeline(List<ContactDossier.DossierReport> reports, List<Map.Entry<String, Instant>> decisions) {
        var bands = new TreeMap<String, Map<String, Long>>();
        var decided = new TreeMap<String, Map<String, Long>>();
        for (var report : reports) {
            bands.computeIfAbsent(MONTH.format(report.observedAt()), m -> new TreeMap<>()).merge(report.priority().name(), 1L, Long::sum);
        }
        for (var decision : decisions) {
            decided.computeIfAbsent(MONTH.format(decision.getValue()), m -> new TreeMap<>()).merge(decision.getKey(), 1L, Long::sum);
        }
        var months = new java.util.TreeSet<>(bands.keySet());
        months.addAll(decided.keySet());
        return months.stream().map(m -> new ContactDossier.DossierMonth(m, bands.getOrDefault(m, Map.of()), decided.getOrDefault(m, Map.of())))
                .toList();
    }

    List<ContactDossier.ContactNote> notes(ContactKey key) {
        return jdbc.sql("select id, author, created_at, text from contact_note where contact = :c order by created_at desc, id")
                .param("c", key.value())
                .query((rs, n) -> new ContactDossier.ContactNote(rs.getObject("id", UUID.class), rs.getString("author"),
                        rs.getTimestamp("created_at").toInstant(), rs.getString("text")))
                .list();
    }

    ContactDossier.ContactNote addNote(ContactKey key, String author, String text) {
        if (text == null || text.isBlank() || text.length() > 4000) {
            throw TriageProblem.invalidField("text", "obligatoire, 4 000 caractères au plus / required, at most 4,000 characters");
        }
        StorableText.fault(text).ifPresent(fault -> {
            throw TriageProblem.invalidField("text", fault);
        });
        var note = new ContactDossier.ContactNote(UUID.randomUUID(), author, clock.instant(), text.strip());
        jdbc.sql("insert into contact_note (id, contact, author, created_at, text) values (:id, :c, :a, :at, :t)")
                .param("id", note.id()).param("c", key.value()).param("a", author)
                .param("at", Timestamp.from(note.createdAt())).param("t", note.text()).update();
        return note;
    }
}
