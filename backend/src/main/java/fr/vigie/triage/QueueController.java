package fr.vigie.triage;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The worker's queue: {@code GET /api/v1/queue?limit=50}. */
@RestController
@Validated
class QueueController {

    record Queue(List<QueueItem> items) {
    }

    private final ReportRegistry reports;

    QueueController(ReportRegistry reports) {
        this.reports = reports;
    }

    @GetMapping("/api/v1/queue")
    Queue queue(@RequestParam(defaultValue = "50") @Min(1) @Max(200) int limit) {
        return new Queue(reports.queue(limit));
    }
}
