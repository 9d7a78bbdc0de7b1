package fr.vigie.triage;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import fr.vigie.audit.Audit;
import fr.vigie.audit.AuditActions;

/**
 * The worker's queue: {@code GET /api/v1/queue?limit=50&band=&platform=&department=&status=&mine=&followUps=},
 * in triage order, with the number of open reports per band. Each page read is audited (its lines
 * show signal words, city and département): the criteria and the ids shown, no content.
 */
@RestController
class QueueController {

    record Queue(List<QueueItem> items, Map<PriorityBand, Long> counts) {
    }

    static final String LIMIT = "entre 1 et 200 / between 1 and 200";

    private final Workbench workbench;
    private final Audit audit;

    QueueController(Workbench workbench, Audit audit) {
        this.workbench = workbench;
        this.audit = audit;
    }

    @GetMapping(path = "/api/v1/queue", produces = MediaType.APPLICATION_JSON_VALUE)
    Queue queue(Authentication person,
            @RequestParam(defaultValue = "50") @Min(value = 1, message = LIMIT) @Max(value = 200, message = LIMIT) int limit,
            @RequestParam(required = false) PriorityBand band,
            @RequestParam(required = false) String platform,
            @RequestParam(required = false) String department,
            @RequestParam(required = false) ReportStatus status,
            @RequestParam(defaultValue = "false") boolean mine,
            @RequestParam(defaultValue = "false") boolean followUps) {
        var filter = new QueueFilter(band, platform, department, status, mine, followUps, limit);
        var items = workbench.queue(filter, Actors.of(person));
        audit.record(AuditActions.QUEUE_READ, null, criteria(filter, items));
        return new Queue(items, workbench.openCounts());
    }

    private static Map<String, Object> criteria(QueueFilter filter, List<QueueItem> items) {
        var details = new TreeMap<String, Object>();
        if (filter.band() != null) details.put("band", filter.band().name());
        if (filter.platform() != null) details.put("platform", filter.platform());
        if (filter.department() != null) details.put("department", filter.department());
        if (filter.status() != null) details.put("status", filter.status().name());
        if (filter.mine()) details.put("mine", true);
        if (filter.followUps()) details.put("followUps", true);
        details.put("limit", filter.limit());
        details.put("reports", items.stream().map(i -> i.id().toString()).toList());
        return details;
    }
}
