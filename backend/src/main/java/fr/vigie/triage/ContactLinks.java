package fr.vigie.triage;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reports that share a contact are linked. A phone number seen in many ads is a strong sign of
 * a network, so a contact present in a P1 or P2 report raises the lower reports it links to P2,
 * with a signal saying which contact.
 */
@Repository
class ContactLinks {

    static final String SIGNAL = "SHARED_CONTACT";
    static final String LABEL = "Contact partagé avec un signalement prioritaire";
    private static final int RAISE = 50;

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ContactLinks(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void link(UUID reportId, ReportEntities entities) {
        if (entities == null) {
            return;
        }
        var contacts = new ArrayList<String>(entities.phones());
        contacts.addAll(entities.handles());
        for (String contact : contacts) {
            jdbc.sql("insert into report_contact (report_id, contact) values (:id, :c) on conflict do nothing")
                    .param("id", reportId).param("c", contact).update();
        }
    }

    List<LinkedReport> linked(UUID reportId) {
        return jdbc.sql("""
                select r.id, r.priority, r.status, array_agg(other.contact order by other.contact) as shared
                from report_contact mine
                join report_contact other on other.contact = mine.contact and other.report_id <> mine.report_id
                join report r on r.id = other.report_id
                where mine.report_id = :id and r.merged_into is null
                group by r.id, r.priority, r.status
                order by r.priority, r.id""")
                .param("id", reportId)
                .query((rs, n) -> new LinkedReport(rs.getObject("id", UUID.class), PriorityBand.valueOf(rs.getString("priority")),
                        ReportStatus.valueOf(rs.getString("status")), List.of((String[]) rs.getArray("shared").getArray())))
                .list();
    }

    /** Reports that show this contact, most urgent first. */
    List<LinkedReport> byContact(String contact) {
        return jdbc.sql("""
                select r.id, r.priority, r.status from report_contact c join report r on r.id = c.report_id
                where c.contact = :c and r.merged_into is null order by r.priority, r.received_at desc limit 200""")
                .param("c", contact)
                .query((rs, n) -> new LinkedReport(rs.getObject("id", UUID.class), PriorityBand.valueOf(rs.getString("priority")),
                        ReportStatus.valueOf(rs.getString("status")), List.of(contact)))
                .list();
    }

    /**
     * Applies the network rule around a newly recorded report, both ways; returns the ids of
     * the reports it raised (including the new one if it was raised).
     */
    List<UUID> raiseAround(UUID reportId) {
        var raised = new ArrayList<UUID>();
        var links = linked(reportId);
        var self = jdbc.sql("select priority from report where id = :id").param("id", reportId)
                .query(String.class).single();
        boolean selfHigh = self.equals("P1") || self.equals("P2");
        var highContacts = links.stream().filter(l -> l.priority() == PriorityBand.P1 || l.priority() == PriorityBand.P2)
                .flatMap(l -> l.sharedContacts().stream()).distinct().toList();
        if (!selfHigh && !highContacts.isEmpty() && raise(reportId, highContacts)) {
            raised.add(reportId);
        }
        if (selfHigh) {
            for (var link : links) {
                if ((link.priority() == PriorityBand.P3 || link.priority() == PriorityBand.P4) && link.status().open()
                        && raise(link.id(), link.sharedContacts())) {
                    raised.add(link.id());
                }
            }
        }
        return raised;
    }

    private boolean raise(UUID id, List<String> contacts) {
        var signal = new Signal(SIGNAL, LABEL, String.join(", ", contacts), List.of());
        return jdbc.sql("""
                update report set priority = 'P2', score = score + :raise,
                    signals = signals || cast(:signal as jsonb), updated_at = now()
                where id = :id and priority in ('P3', 'P4')
                  and not exists (select 1 from jsonb_array_elements(signals) s where s->>'code' = :code)""")
                .param("raise", RAISE).param("signal", "[" + json.writeValueAsString(signal) + "]")
                .param("id", id).param("code", SIGNAL)
                .update() == 1;
    }
}
