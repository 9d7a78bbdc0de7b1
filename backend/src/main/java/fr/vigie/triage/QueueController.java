package fr.vigie.triage;

import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The worker's queue: {@code GET /api/v1/queue?limit=50&band=&platform=&department=&status=&mine=&followUps=},
 * in triage order, with the number of open reports per band.
 */
@RestController
class QueueController {

    record Queue(List<QueueItem> items, Map<PriorityBand, Long> counts) {
    }

    static final String LIMIT = "entre 1 et 200 / between 1 and 200";

    private final Workbench workbench;

    QueueController(Workbench workbench) {
        this.workbench = workbench;
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
        return new Queue(workbench.queue(filter, Actors.of(person)), workbench.openCounts());
    }
}
