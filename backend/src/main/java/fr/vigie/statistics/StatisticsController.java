package fr.vigie.statistics;

import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import fr.vigie.audit.Audit;
import fr.vigie.audit.AuditActions;
import fr.vigie.infrastructure.web.FieldProblem;
import fr.vigie.infrastructure.web.Problems;

/**
 * {@code GET /api/v1/statistics?from=&to=&interval=} for coordinators and administrators: the
 * figures of a period (dates as Paris days, both included; last month without them). Audited.
 */
@RestController
class StatisticsController {

    private final Statistics statistics;
    private final Audit audit;

    private final AssociationProperties association;
    private final WorkerStatistics workers;

    StatisticsController(Statistics statistics, Audit audit, AssociationProperties association, WorkerStatistics workers) {
        this.statistics = statistics;
        this.audit = audit;
        this.association = association;
        this.workers = workers;
    }

    /**
     * {@code GET /api/v1/statistics/workers?from=&to=} for coordinators: each worker's activity
     * over the period and over each worker shift in it. Names workers: never in an export. Audited.
     */
    @GetMapping(path = "/api/v1/statistics/workers", produces = MediaType.APPLICATION_JSON_VALUE)
    WorkerActivity workers(@RequestParam(required = false) String from, @RequestParam(required = false) String to)
            throws StatisticsPeriod.InvalidPeriodException {
        var period = StatisticsPeriod.parse(from, to, null, statistics.clock());
        var activity = workers.of(period);
        audit.record(AuditActions.STATISTICS_WORKERS_READ, null, Map.of("from", period.from().toString(), "to",
                period.to().toString(), "workers", activity.workers().size()));
        return activity;
    }

    @GetMapping(path = "/api/v1/statistics", produces = MediaType.APPLICATION_JSON_VALUE)
    ActivityFigures figures(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String interval) throws StatisticsPeriod.InvalidPeriodException {
        var period = StatisticsPeriod.parse(from, to, interval, statistics.clock());
        var figures = statistics.of(period);
        audit.record(AuditActions.STATISTICS_READ, null, Map.of("from", period.from().toString(), "to",
                period.to().toString(), "interval", figures.interval()));
        return figures;
    }

    /**
     * {@code GET /api/v1/statistics/export?format=csv|xlsx|pdf&from=&to=}: the same figures as a
     * file, counts from 1 to 4 shown "< 5". Audited with the period and the format.
     */
    @GetMapping("/api/v1/statistics/export")
    ResponseEntity<byte[]> export(@RequestParam(required = false) String format, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String interval)
            throws StatisticsPeriod.InvalidPeriodException {
        var kind = ExportFormat.parse(format);
        var problems = new java.util.ArrayList<FieldProblem>();
        if (kind == null) {
            problems.add(new FieldProblem("format", ExportFormat.EXPECTED));
        }
        StatisticsPeriod period = null;
        try {
            period = StatisticsPeriod.parse(from, to, interval, statistics.clock());
        } catch (StatisticsPeriod.InvalidPeriodException e) {
            problems.addAll(e.problems());
        }
        if (!problems.isEmpty()) {
            throw new StatisticsPeriod.InvalidPeriodException(java.util.List.copyOf(problems));
        }
        var figures = statistics.of(period);
        var table = FigureTable.of(figures);
        byte[] file = switch (kind) {
            case CSV -> CsvExport.of(table);
            case XLSX -> XlsxExport.of(table);
            case PDF -> ActivityReportPdf.of(figures, table, association,
                    java.time.ZonedDateTime.now(statistics.clock().withZone(StatisticsPeriod.ZONE)));
        };
        audit.record(AuditActions.STATISTICS_EXPORTED, null, Map.of("format", kind.name(), "from", period.from().toString(),
                "to", period.to().toString(), "bytes", file.length));
        String name = "vigie-statistiques-" + period.from() + "-" + period.to() + "." + kind.extension();
        return ResponseEntity.ok().contentType(kind.mediaType())
                .header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
                        org.springframework.http.ContentDisposition.attachment().filename(name).build().toString())
                .header("Cache-Control", "no-store")
                .body(file);
    }

    @ExceptionHandler(StatisticsPeriod.InvalidPeriodException.class)
    ResponseEntity<ProblemDetail> invalid(StatisticsPeriod.InvalidPeriodException e) {
        return Problems.answer(Problems.invalidParameters(e.problems()));
    }
}
