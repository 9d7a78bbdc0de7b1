package fr.vigie.audit;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * For administrators: {@code GET /api/v1/admin/audit?reportId=&user=&action=&from=&to=&limit=}
 * (newest first) and {@code GET /api/v1/admin/audit/verify}. Both are themselves audited.
 */
@RestController
@RequestMapping(path = "/api/v1/admin/audit", produces = MediaType.APPLICATION_JSON_VALUE)
class AuditController {

    record Entries(List<AuditEntry> items) {
    }

    static final String LIMIT = "entre 1 et 1000 / between 1 and 1000";

    private final Audit audit;

    AuditController(Audit audit) {
        this.audit = audit;
    }

    @GetMapping
    Entries search(@RequestParam(required = false) UUID reportId, @RequestParam(required = false) String user,
            @RequestParam(required = false) String action, @RequestParam(required = false) Instant from,
            @RequestParam(required = false) Instant to,
            @RequestParam(defaultValue = "200") @Min(value = 1, message = LIMIT) @Max(value = 1000, message = LIMIT) int limit) {
        var filters = new LinkedHashMap<String, Object>();
        if (reportId != null) filters.put("reportId", reportId.toString());
        if (user != null) filters.put("user", user);
        if (action != null) filters.put("action", action);
        if (from != null) filters.put("from", from.toString());
        if (to != null) filters.put("to", to.toString());
        var items = audit.search(new AuditQuery(reportId, user, action, from, to, limit));
        audit.record(AuditActions.AUDIT_SEARCHED, null, filters);
        return new Entries(items);
    }

    @GetMapping("/verify")
    AuditVerification verify() {
        var verification = audit.verify();
        audit.record(AuditActions.AUDIT_VERIFIED, null,
                java.util.Map.of("intact", verification.intact(), "checked", verification.checked()));
        return verification;
    }
}
