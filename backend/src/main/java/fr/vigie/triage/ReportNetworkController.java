package fr.vigie.triage;

import java.util.Map;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import fr.vigie.audit.Audit;
import fr.vigie.audit.AuditActions;

/**
 * The network around a report: its contacts and, for each, at most {@code limit} of the other
 * reports showing it (the rest counted: the contact's own network pages through them). Metadata
 * only; audited with the report and the ids shown.
 */
@RestController
class ReportNetworkController {

    private final ContactNetworks networks;
    private final Audit audit;

    ReportNetworkController(ContactNetworks networks, Audit audit) {
        this.networks = networks;
        this.audit = audit;
    }

    @GetMapping(path = "/api/v1/reports/{id}/network", produces = MediaType.APPLICATION_JSON_VALUE)
    ContactNetwork network(@PathVariable UUID id,
            @RequestParam(defaultValue = "50") @Min(value = 1, message = ContactNetworks.LIMIT)
            @Max(value = 200, message = ContactNetworks.LIMIT) int limit) {
        var network = networks.aroundReport(id, limit);
        audit.record(AuditActions.CONTACT_LOOKED_UP, id, Map.of("network", true,
                "reports", ContactController.shownReports(network)));
        return network;
    }
}
