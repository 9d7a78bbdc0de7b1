package fr.vigie.triage;

import java.util.List;
import java.util.Locale;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/contacts/{contact}/reports}: every report showing a phone number (E.164,
 * e.g. {@code +33600000001}) or a handle ({@code @name} or {@code name}).
 */
@RestController
class ContactController {

    record ContactReports(String contact, List<LinkedReport> reports) {
    }

    private final ContactLinks links;

    ContactController(ContactLinks links) {
        this.links = links;
    }

    @GetMapping(path = "/api/v1/contacts/{contact}/reports", produces = MediaType.APPLICATION_JSON_VALUE)
    ContactReports reports(@PathVariable String contact) {
        String key = contact.strip();
        if (!key.startsWith("+")) {
            key = key.replaceFirst("^@", "").toLowerCase(Locale.ROOT);
        }
        return new ContactReports(key, links.byContact(key));
    }
}
