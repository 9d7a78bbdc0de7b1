package fr.vigie.triage;

import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import fr.vigie.audit.Audit;
import fr.vigie.audit.AuditActions;

/**
 * Watchlists (SPEC "Search API"): {@code POST /api/v1/watchlist} {@code {"contact", "note"}} watches a
 * phone or handle in any writing; {@code GET} lists her watches and the alerts raised by new reports
 * showing them; {@code GET /alerts/unseen} the unseen ones without contact (notifications);
 * {@code DELETE /{id}} stops; {@code POST /alerts/{id}/seen}. Each person sees only
 * her own. Audited.
 */
@RestController
@RequestMapping(path = "/api/v1/watchlist", produces = MediaType.APPLICATION_JSON_VALUE)
class WatchlistController {

    record WatchRequest(String contact, String note) {
    }

    private final ContactWatches watches;
    private final Audit audit;

    WatchlistController(ContactWatches watches, Audit audit) {
        this.watches = watches;
        this.audit = audit;
    }

    @PostMapping
    ResponseEntity<ContactWatches.Watch> watch(Authentication person, @RequestBody WatchRequest request) {
        var key = ContactKey.parse(request == null ? null : request.contact())
                .orElseThrow(() -> TriageProblem.invalidField("contact", ContactKey.INVALID));
        var watch = watches.watch(key, person.getName(), request.note());
        audit.record(AuditActions.CONTACT_WATCHED, null, Map.of("contact", key.value(), "watch", watch.id().toString()));
        return ResponseEntity.status(HttpStatus.CREATED).body(watch);
    }

    @GetMapping
    ContactWatches.Watchlist watchlist(Authentication person) {
        var list = watches.watchlist(person.getName());
        audit.record(AuditActions.WATCHLIST_READ, null,
                Map.of("reports", list.alerts().stream().map(a -> a.reportId().toString()).distinct().toList()));
        return list;
    }

    /**
     * Her alerts not seen yet, for the desktop notifications every page asks for every 15 s: band,
     * platform type, département and time only — no contact, note or content, hence not audited
     * (the list with the contacts is, {@link #watchlist}).
     */
    @GetMapping("/alerts/unseen")
    java.util.List<ContactWatches.UnseenAlert> unseenWatchAlerts(Authentication person) {
        return watches.unseen(person.getName());
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> unwatch(@PathVariable UUID id, Authentication person) {
        if (!watches.unwatch(id, person.getName())) {
            throw TriageProblem.of(HttpStatus.NOT_FOUND, "Surveillance inconnue / Unknown watch");
        }
        audit.record(AuditActions.CONTACT_UNWATCHED, null, Map.of("watch", id.toString()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/alerts/{id}/seen")
    ResponseEntity<Void> seen(@PathVariable UUID id, Authentication person) {
        if (!watches.seen(id, person.getName())) {
            throw TriageProblem.of(HttpStatus.NOT_FOUND, "Alerte inconnue / Unknown alert");
        }
        return ResponseEntity.noContent().build();
    }
}
