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
    static final int RAISE = 50;

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
        if (contacts.isEmpty()) {
            return;
        }
        jdbc.sql("""
                insert into report_contact (report_id, contact) select :id, c from unnest(cast(:contacts as text[])) as c
                on conflict do nothing""")
                .param("id", reportId).param("contacts", contacts.toArray(String[]::new)).update();
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
     * Applies the network rule around a recorded or reassessed report, in work bounded by its own
     * contacts (ADR 0016): a P3/P4 report that shows a hot contact ({@code hot_contact}: seen in a P1
     * or P2 report) is raised; a P1/P2 report (or one just raised) makes its contacts hot, and the
     * open P3/P4 reports showing a contact that was not hot yet are raised, once per contact.
     * Returns the ids of the reports it raised (including this one if it was raised).
     */
    List<UUID> raiseAround(UUID reportId) {
        var raised = new ArrayList<UUID>();
        var self = jdbc.sql("""
                select r.priority, array(select contact from report_contact c where c.report_id = r.id order by contact) as contacts
                from report r where r.id = :id""").param("id", reportId)
                .query((rs, n) -> new Object[] { rs.getString("priority"), (String[]) rs.getArray("contacts").getArray() })
                .single();
        String[] contacts = (String[]) self[1];
        if (contacts.length == 0) {
            return raised;
        }
        boolean selfHigh = self[0].equals("P1") || self[0].equals("P2");
        if (!selfHigh) {
            // hot, and shown by another report too (a contact it made hot itself does not raise it)
            var hot = jdbc.sql("""
                    select h.contact from hot_contact h where h.contact = any(:contacts)
                      and exists (select 1 from report_contact o where o.contact = h.contact and o.report_id <> :id)
                    order by h.contact""")
                    .param("contacts", contacts).param("id", reportId).query(String.class).list();
            if (hot.isEmpty() || !raise(reportId, hot)) {
                return raised;
            }
            raised.add(reportId);
        }
        var newlyHot = jdbc.sql("""
                insert into hot_contact (contact) select c from unnest(cast(:contacts as text[])) as c order by c
                on conflict do nothing returning contact""")
                .param("contacts", contacts).query(String.class).list();
        if (!newlyHot.isEmpty()) {
            raised.addAll(raiseShowing(reportId, newlyHot));
        }
        return raised;
    }

    /** Raises the open P3/P4 reports (sightings apart) that show one of these contacts, in one statement. */
    private List<UUID> raiseShowing(UUID except, List<String> contacts) {
        return jdbc.sql("""
                with lower as (
                    select r.id, array_agg(c.contact order by c.contact) as shared
                    from report_contact c join report r on r.id = c.report_id
                    where c.contact = any(:contacts) and r.id <> :except and r.merged_into is null
                      and r.priority in ('P3', 'P4') and r.status in ('NEW', 'IN_REVIEW')
                      and not exists (select 1 from jsonb_array_elements(r.signals) s where s->>'code' = :code)
                    group by r.id)
                update report r set priority = 'P2', score = r.score + :raise,
                    signals = r.signals || jsonb_build_array(jsonb_build_object('code', :code, 'label', :label,
                        'evidence', array_to_string(lower.shared, ', '), 'ranges', '[]'::jsonb)),
                    updated_at = now()
                from lower where r.id = lower.id
                returning r.id""")
                .param("contacts", contacts.toArray(String[]::new)).param("except", except)
                .param("code", SIGNAL).param("label", LABEL).param("raise", RAISE)
                .query(UUID.class).list();
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
