package fr.vigie.triage;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import fr.vigie.audit.Audit;
import fr.vigie.audit.AuditActions;

/**
 * Contacts (phone numbers and handles) in any writing ({@link ContactKey}): the reports that show
 * one ({@code GET /api/v1/contacts/{contact}/reports}), its dossier ({@code GET
 * /api/v1/contacts/{contact}}) and the team's notes about it ({@code POST …/notes}). Every look-up
 * is audited with the contact asked for and the ids shown; a contact that is neither a French
 * phone nor a handle is a 400 naming {@code contact}.
 */
@RestController
@RequestMapping(path = "/api/v1/contacts/{contact}", produces = MediaType.APPLICATION_JSON_VALUE)
class ContactController {

    record ContactReports(String contact, List<LinkedReport> reports) {
    }

    record NoteRequest(String text) {
    }

    private final ContactLinks links;
    private final ContactDossiers dossiers;
    private final ContactNetworks networks;
    private final Audit audit;

    ContactController(ContactLinks links, ContactDossiers dossiers, ContactNetworks networks, Audit audit) {
        this.links = links;
        this.dossiers = dossiers;
        this.networks = networks;
        this.audit = audit;
    }

    /**
     * The network around the contact: a page of its reports, most urgent first, and the other
     * contacts of those reports. Audited like the dossier, with the ids shown.
     */
    @GetMapping("/network")
    ContactNetwork network(@PathVariable String contact,
            @Parameter(description = "The `next` of the previous page (opaque); absent for the first page")
            @RequestParam(required = false) String after,
            @RequestParam(defaultValue = "50") @Min(value = 1, message = ContactNetworks.LIMIT)
            @Max(value = 200, message = ContactNetworks.LIMIT) int limit) {
        var key = key(contact);
        var network = networks.aroundContact(key, limit, after);
        audit.record(AuditActions.CONTACT_LOOKED_UP, null, Map.of("contact", key.value(), "network", true,
                "after", after != null, "reports", shownReports(network)));
        return network;
    }

    static List<String> shownReports(ContactNetwork network) {
        return network.nodes().stream().filter(n -> n.reportId() != null).map(n -> n.reportId().toString()).toList();
    }

    @GetMapping("/reports")
    ContactReports reports(@PathVariable String contact) {
        var key = key(contact);
        var reports = links.byContact(key.value());
        audit.record(AuditActions.CONTACT_LOOKED_UP, null,
                Map.of("contact", key.value(), "reports", reports.stream().map(r -> r.id().toString()).toList()));
        return new ContactReports(key.value(), reports);
    }

    @GetMapping
    ContactDossier dossier(@PathVariable String contact) {
        var key = key(contact);
        var dossier = dossiers.dossier(key);
        audit.record(AuditActions.CONTACT_LOOKED_UP, null, Map.of("contact", key.value(), "dossier", true,
                "reports", dossier.reports().stream().map(r -> r.id().toString()).toList(), "notes", dossier.notes().size()));
        return dossier;
    }

    @PostMapping("/notes")
    ResponseEntity<ContactDossier.ContactNote> note(@PathVariable String contact, Authentication person, @RequestBody NoteRequest request) {
        var key = key(contact);
        var note = dossiers.addNote(key, person.getName(), request == null ? null : request.text());
        audit.record(AuditActions.CONTACT_NOTE_ADDED, null, Map.of("contact", key.value(), "note", note.id().toString()));
        return ResponseEntity.status(HttpStatus.CREATED).body(note);
    }

    private static ContactKey key(String contact) {
        return ContactKey.parse(contact).orElseThrow(() -> TriageProblem.badParameter("contact", ContactKey.INVALID));
    }
}
