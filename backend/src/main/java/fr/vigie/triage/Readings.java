package fr.vigie.triage;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Who read which report when: what a worker's exposure is counted from (each report once per
 * period, P1 apart). Ids and bands only.
 */
@Service
public class Readings {

    /** Reports read in a period, each counted once, and how many of them were P1. */
    public record Exposure(int reportsRead, int p1Read) {
    }

    /** In-process notice, after a read is counted: the reader's exposure may have reached its budget. */
    public record ReportRead(UUID reportId, String reader, PriorityBand priority, Instant at) {
    }

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher publisher;
    private final Clock clock = Clock.systemUTC();

    Readings(JdbcClient jdbc, ApplicationEventPublisher publisher) {
        this.jdbc = jdbc;
        this.publisher = publisher;
    }

    void record(UUID reportId, String reader, PriorityBand priority) {
        var at = clock.instant();
        jdbc.sql("insert into report_reading (report_id, reader, read_at, priority) values (:r, :who, :at, :p)")
                .param("r", reportId).param("who", reader).param("at", Timestamp.from(at)).param("p", priority.name())
                .update();
        publisher.publishEvent(new ReportRead(reportId, reader, priority, at));
    }

    /** What {@code reader} read from {@code from} (inclusive) to {@code to} (exclusive). */
    public Exposure between(String reader, Instant from, Instant to) {
        return jdbc.sql("""
                select count(distinct report_id) as reports,
                       count(distinct report_id) filter (where priority = 'P1') as p1
                from report_reading where reader = :who and read_at >= :from and read_at < :to""")
                .param("who", reader).param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .query((rs, n) -> new Exposure(rs.getInt("reports"), rs.getInt("p1"))).single();
    }
}
