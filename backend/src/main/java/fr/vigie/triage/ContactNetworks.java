package fr.vigie.triage;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import fr.vigie.triage.ContactNetwork.NetworkEdge;
import fr.vigie.triage.ContactNetwork.NodeKind;
import fr.vigie.triage.ContactNetwork.NetworkNode;

/**
 * The network around a contact or a report, two steps deep, in work bounded by the page: a hub
 * contact seen in thousands of ads gives {@code limit} reports and a count, never a join of all
 * its reports against all their contacts. Reports most urgent first, then newest.
 */
@Repository
class ContactNetworks {

    /** Counts (a contact's reports, the départements) stop here: "10 000 or more" is all a worker needs to know. */
    static final int COUNTED = 10_000;
    /** Contacts drawn per report (an ad lists a handful; one listing hundreds is not made to flood the graph). */
    static final int CONTACTS_PER_REPORT = 20;
    static final String LIMIT = "entre 1 et 200 / between 1 and 200";
    static final String INVALID_CURSOR = "curseur invalide : reprenez celui de la page précédente / "
            + "invalid cursor: use the one the previous page gave";

    private record Row(UUID id, PriorityBand priority, ReportStatus status, Instant observedAt, String department, long sightings) {
    }

    /** Where a page of a contact's reports ended (band, observed, id), as an opaque token. */
    record Cursor(PriorityBand priority, Instant observedAt, UUID id) {

        String token() {
            var plain = priority + "~" + ChronoUnit.MICROS.between(Instant.EPOCH, observedAt) + "~" + id;
            return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.US_ASCII));
        }

        static Cursor parse(String token) {
            try {
                if (token.length() > 200) {
                    throw new IllegalArgumentException();
                }
                String[] parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.US_ASCII).split("~", -1);
                if (parts.length != 3) {
                    throw new IllegalArgumentException();
                }
                long micros = Long.parseLong(parts[1]);
                if (micros < 0 || micros > 253_402_300_799_000_000L) {
                    throw new IllegalArgumentException();
                }
                return new Cursor(PriorityBand.valueOf(parts[0]), Instant.EPOCH.plus(micros, ChronoUnit.MICROS), UUID.fromString(parts[2]));
            } catch (IllegalArgumentException e) {
                throw TriageProblem.badParameter("after", INVALID_CURSOR);
            }
        }
    }

    private static final String ROW = """
            r.id, r.priority, r.status, r.observed_at, r.department,
            (select count(*) from sighting s where s.report_id = r.id) as sightings""";

    private final JdbcClient jdbc;

    ContactNetworks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The contact, a page of its reports (step 1) and the other contacts of those reports (step 2). */
    ContactNetwork aroundContact(ContactKey key, int limit, String after) {
        var cursor = after == null ? null : Cursor.parse(after);
        var page = jdbc.sql("select " + ROW
                + " from report_contact c join report r on r.id = c.report_id where c.contact = :c and r.merged_into is null"
                + (cursor == null ? "" : " and (r.priority > :p or (r.priority = :p and (r.observed_at < :o"
                        + " or (r.observed_at = :o and r.id > :after))))")
                + " order by r.priority, r.observed_at desc, r.id limit :limit")
                .params(cursorParams(key.value(), limit + 1, cursor))
                .query(ContactNetworks::row).list();
        String next = null;
        if (page.size() > limit) {
            page = page.subList(0, limit);
            var last = page.getLast();
            next = new Cursor(last.priority(), last.observedAt(), last.id()).token();
        }
        var nodes = new LinkedHashMap<String, NetworkNode>();
        var edges = new ArrayList<NetworkEdge>();
        nodes.put(contactId(key.value()), null); // the centre first
        for (var report : page) {
            nodes.put(reportId(report.id()), reportNode(report, 1));
            edges.add(new NetworkEdge(reportId(report.id()), contactId(key.value())));
        }
        var others = page.isEmpty() ? List.<Map.Entry<UUID, String>>of() : jdbc.sql("""
                select report_id, contact from (
                    select c.report_id, c.contact, row_number() over (partition by c.report_id order by c.contact) as n
                    from report_contact c where c.report_id = any(cast(:ids as uuid[])) and c.contact <> :c) x
                where n <= :per order by contact, report_id""")
                .param("ids", page.stream().map(r -> r.id().toString()).toArray(String[]::new))
                .param("c", key.value()).param("per", CONTACTS_PER_REPORT)
                .query((rs, n) -> Map.entry(rs.getObject("report_id", UUID.class), rs.getString("contact"))).list();
        var contacts = new ArrayList<String>();
        contacts.add(key.value());
        for (var other : others) {
            if (!contacts.contains(other.getValue())) {
                contacts.add(other.getValue());
            }
            edges.add(new NetworkEdge(reportId(other.getKey()), contactId(other.getValue())));
        }
        addContacts(nodes, edges, contacts, key.value());
        return new ContactNetwork(contactId(key.value()), List.copyOf(nodes.values()), edges, departments(List.of(key.value())), next);
    }

    /** The report, its contacts (step 1) and, for each, at most {@code limit} of its other reports (step 2). */
    ContactNetwork aroundReport(UUID id, int limit) {
        var self = jdbc.sql("select " + ROW + " from report r where r.id = :id").param("id", id)
                .query(ContactNetworks::row).optional().orElseThrow(TriageProblem::notFound);
        var nodes = new LinkedHashMap<String, NetworkNode>();
        var edges = new ArrayList<NetworkEdge>();
        nodes.put(reportId(id), reportNode(self, 0));
        var contacts = jdbc.sql("select contact from report_contact where report_id = :id order by contact limit :per")
                .param("id", id).param("per", CONTACTS_PER_REPORT).query(String.class).list();
        for (String contact : contacts) {
            edges.add(new NetworkEdge(reportId(id), contactId(contact)));
        }
        var beyond = contacts.isEmpty() ? List.<Map.Entry<String, Row>>of() : jdbc.sql(
                "select k.contact, x.* from unnest(cast(:contacts as text[])) as k(contact) cross join lateral (select " + ROW
                + " from report_contact c join report r on r.id = c.report_id"
                + " where c.contact = k.contact and r.id <> :id and r.merged_into is null"
                + " order by r.priority, r.observed_at desc, r.id limit :limit) x"
                + " order by k.contact, x.priority, x.observed_at desc, x.id")
                .param("contacts", contacts.toArray(String[]::new)).param("id", id).param("limit", limit)
                .query((rs, n) -> Map.entry(rs.getString("contact"), row(rs, n))).list();
        for (var entry : beyond) {
            nodes.putIfAbsent(reportId(entry.getValue().id()), reportNode(entry.getValue(), 2));
            edges.add(new NetworkEdge(reportId(entry.getValue().id()), contactId(entry.getKey())));
        }
        addContacts(nodes, edges, contacts, null);
        return new ContactNetwork(reportId(id), List.copyOf(nodes.values()), edges, departments(contacts), null);
    }

    /** The contacts' nodes with their counts: one bounded count per contact of the graph. */
    private void addContacts(Map<String, NetworkNode> nodes, List<NetworkEdge> edges, List<String> contacts, String centre) {
        if (contacts.isEmpty()) {
            return;
        }
        var stats = new LinkedHashMap<String, Object[]>();
        jdbc.sql("""
                select k.contact, s.n, s.best from unnest(cast(:contacts as text[])) as k(contact)
                cross join lateral (select count(*) as n, min(x.priority) as best from (
                    select r.priority from report_contact c join report r on r.id = c.report_id
                    where c.contact = k.contact and r.merged_into is null limit :counted) x) s""")
                .param("contacts", contacts.toArray(String[]::new)).param("counted", COUNTED)
                .query((rs, n) -> stats.put(rs.getString("contact"), new Object[] { rs.getLong("n"), rs.getString("best") })).list();
        for (String contact : contacts) {
            var stat = stats.getOrDefault(contact, new Object[] { 0L, null });
            String id = contactId(contact);
            long shown = edges.stream().filter(e -> e.target().equals(id)).count();
            long total = (Long) stat[0];
            var best = stat[1] == null ? null : PriorityBand.valueOf((String) stat[1]);
            var node = new NetworkNode(id, NodeKind.CONTACT, new ContactKey(contact.startsWith("+"), contact).display(), contact, null, best,
                    contact.equals(centre) ? 0 : centre == null ? 1 : 2, total, null, null, total, shown);
            nodes.put(id, node);
        }
    }

    /** Reports per département among the reports of these contacts (at most {@link #COUNTED}). */
    private Map<String, Long> departments(List<String> contacts) {
        var counts = new TreeMap<String, Long>();
        if (contacts.isEmpty()) {
            return counts;
        }
        jdbc.sql("""
                select department, count(*) as n from (
                    select distinct r.id, r.department from report_contact c join report r on r.id = c.report_id
                    where c.contact = any(cast(:contacts as text[])) and r.merged_into is null limit :counted) x
                where department is not null group by department""")
                .param("contacts", contacts.toArray(String[]::new)).param("counted", COUNTED)
                .query((rs, n) -> counts.put(rs.getString("department"), rs.getLong("n"))).list();
        return counts;
    }

    private static Map<String, Object> cursorParams(String contact, int limit, Cursor cursor) {
        var params = new LinkedHashMap<String, Object>();
        params.put("c", contact);
        params.put("limit", limit);
        if (cursor != null) {
            params.put("p", cursor.priority().name());
            params.put("o", Timestamp.from(cursor.observedAt()));
            params.put("after", cursor.id());
        }
        return params;
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getObject("id", UUID.class), PriorityBand.valueOf(rs.getString("priority")),
                ReportStatus.valueOf(rs.getString("status")), rs.getTimestamp("observed_at").toInstant(),
                rs.getString("department"), rs.getLong("sightings"));
    }

    private static NetworkNode reportNode(Row report, int step) {
        return new NetworkNode(reportId(report.id()), NodeKind.REPORT, "n° " + report.id().toString().substring(0, 8), null, report.id(),
                report.priority(), step, report.sightings(), report.department(), report.status(), 0, 0);
    }

    private static String contactId(String contact) {
        return "contact:" + contact;
    }

    private static String reportId(UUID id) {
        return "report:" + id;
    }
}
