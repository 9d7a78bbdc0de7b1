package fr.vigie.triage;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import fr.vigie.audit.Audit;
import fr.vigie.audit.AuditActions;

/**
 * The worker's queue: {@code GET /api/v1/queue?limit=50&after=&band=&platform=&department=&status=&mine=&followUps=&teamFollowUps=&scope=},
 * in triage order, with the number of open reports per band. Each page read is audited (its lines
 * show signal words, city and département): the criteria and the ids shown, no content. A page
 * longer than {@code limit} continues: the answer's {@code next} is an opaque cursor for
 * {@code ?after=} (keyset pagination in triage order, {@link QueueCursor}); a cursor the server did
 * not write is a 400 naming {@code after}.
 */
@RestController
class QueueController {

    /**
     * The queue and which part of it this is: {@code SHIFT} (her shift's scope, by default on shift)
     * or {@code ALL} (off shift, or widened with {@code ?scope=all}); the shift's own scope either way.
     */
    record Queue(List<QueueItem> items, Map<PriorityBand, Long> counts, AppliedScope scope,
            @Schema(description = "The next page: pass it back as ?after= with the same criteria; null or absent on the last page",
                    nullable = true) String next) {
    }

    /** @param shiftId her shift now, null when off shift */
    record AppliedScope(String kind, java.util.UUID shiftId, List<String> platforms, List<String> departments,
            boolean mayWiden) {
    }

    static final String LIMIT = "entre 1 et 200 / between 1 and 200";

    private final Workbench workbench;
    private final Audit audit;
    private final ShiftScope shifts;

    QueueController(Workbench workbench, Audit audit, ShiftScope shifts) {
        this.workbench = workbench;
        this.audit = audit;
        this.shifts = shifts;
    }

    @GetMapping(path = "/api/v1/queue", produces = MediaType.APPLICATION_JSON_VALUE)
    Queue queue(Authentication person,
            @Parameter(description = "The `next` of the previous page (opaque); absent for the first page")
            @RequestParam(required = false) String after,
            @RequestParam(defaultValue = "50") @Min(value = 1, message = LIMIT) @Max(value = 200, message = LIMIT) int limit,
            @RequestParam(required = false) PriorityBand band,
            @RequestParam(required = false) String platform,
            @RequestParam(required = false) String department,
            @RequestParam(required = false) ReportStatus status,
            @RequestParam(defaultValue = "false") boolean mine,
            @RequestParam(defaultValue = "false") boolean followUps,
            @RequestParam(defaultValue = "false") boolean teamFollowUps,
            @RequestParam(required = false) String scope) {
        QueueCursor cursor = null;
        if (after != null) {
            try {
                cursor = QueueCursor.parse(after);
            } catch (IllegalArgumentException e) {
                throw TriageProblem.badParameter("after", QueueCursor.INVALID);
            }
        }
        var filter = new QueueFilter(band, platform, department, status, mine, followUps, teamFollowUps, limit, cursor);
        var shift = shifts.of(person.getName());
        var applied = shifts.applied(shift, scope);
        var limitedTo = "SHIFT".equals(applied.kind()) ? shift.orElseThrow() : null;
        var page = workbench.queue(filter, Actors.of(person), limitedTo, shifts.onShift());
        var details = criteria(filter, page.items());
        details.put("scope", applied.kind());
        if (cursor != null) details.put("after", true);
        audit.record(AuditActions.QUEUE_READ, null, details);
        return new Queue(page.items(), workbench.openCounts(limitedTo), applied,
                page.next() == null ? null : page.next().token());
    }

    private static TreeMap<String, Object> criteria(QueueFilter filter, List<QueueItem> items) {
        var details = new TreeMap<String, Object>();
        if (filter.band() != null) details.put("band", filter.band().name());
        if (filter.platform() != null) details.put("platform", filter.platform());
        if (filter.department() != null) details.put("department", filter.department());
        if (filter.status() != null) details.put("status", filter.status().name());
        if (filter.mine()) details.put("mine", true);
        if (filter.followUps()) details.put("followUps", true);
        if (filter.teamFollowUps()) details.put("teamFollowUps", true);
        details.put("limit", filter.limit());
        details.put("reports", items.stream().map(i -> i.id().toString()).toList());
        return details;
    }
}
