package fr.vigie.triage;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import fr.vigie.audit.Audit;
import fr.vigie.audit.AuditActions;

/**
 * {@code GET /api/v1/contacts/{contact}/reports}: every report showing a phone number (E.164,
 * e.g. {@code +33600000001}) or a handle ({@code @name} or {@code name}). Each look-up is audited:
 * the contact asked for (the criterion) and the ids shown.
 */
@RestController
class ContactController {

    record ContactReports(String contact, List<LinkedReport> reports) {
    }

    private final ContactLinks links;
    private final Audit audit;

    ContactController(ContactLinks links, Audit audit) {
        this.links = links;
        this.audit = audit;
    }

    @GetMapping(path = "/api/v1/contacts/{contact}/reports", produces = MediaType.APPLICATION_JSON_VALUE)
    ContactReports reports(@PathVariable String contact) {
        String key = contact.strip();
        if (!key.startsWith("+")) {
            key = key.replaceFirst("^@", "").toLowerCase(Locale.ROOT);
        }
        var reports = links.byContact(key);
        audit.record(AuditActions.CONTACT_LOOKED_UP, null,
                Map.of("contact", key, "reports", reports.stream().map(r -> r.id().toString()).toList()));
        return new ContactReports(key, reports);
    }
}
