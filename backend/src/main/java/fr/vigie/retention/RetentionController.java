package fr.vigie.retention;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * For administrators: {@code GET /api/v1/admin/retention/policy}, {@code POST …/dry-run} (lists
 * what a run would do now, changes nothing) and {@code POST …/run} (does it).
 */
@RestController
@RequestMapping(path = "/api/v1/admin/retention", produces = MediaType.APPLICATION_JSON_VALUE)
class RetentionController {

    private final Retention retention;

    RetentionController(Retention retention) {
        this.retention = retention;
    }

    @GetMapping("/policy")
    RetentionProperties policy() {
        return retention.policy();
    }

    @PostMapping("/dry-run")
    RetentionResult dryRun() {
        return retention.dryRun();
    }

    @PostMapping("/run")
    RetentionResult run() {
        return retention.run();
    }
}
