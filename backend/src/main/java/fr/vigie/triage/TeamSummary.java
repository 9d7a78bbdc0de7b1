package fr.vigie.triage;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What the next shift finds: open reports per band, who holds how many, whose follow-ups are due.
 * Counts and names only.
 */
@Service
public class TeamSummary {

    /** @param followUpsDue per author, follow-ups due today or before with nothing decided since */
    public record Summary(Map<PriorityBand, Long> open, Map<String, Long> claimedBy, Map<String, Long> followUpsDue) {
    }

    private final JdbcClient jdbc;
    private final QueueQueries queue;
    private final Clock clock = Clock.systemUTC();

    TeamSummary(JdbcClient jdbc, QueueQueries queue) {
        this.jdbc = jdbc;
        this.queue = queue;
    }

    public Summary now() {
        var claimed = new TreeMap<String, Long>();
        jdbc.sql("select worker, count(*) as n from report_claim where expires_at > now() group by worker")
                .query((rs, n) -> claimed.put(rs.getString("worker"), rs.getLong("n"))).list();
        var due = new TreeMap<String, Long>();
        jdbc.sql("""
                select author, count(*) as n from (
                    select distinct on (report_id) report_id, author, follow_up_on from decision order by report_id, created_at desc) latest
                where follow_up_on is not null and follow_up_on <= :today group by author""")
                .param("today", LocalDate.now(clock.withZone(QueueQueries.PARIS)))
                .query((rs, n) -> due.put(rs.getString("author"), rs.getLong("n"))).list();
        return new Summary(queue.openCounts(null), claimed, due);
    }
}
