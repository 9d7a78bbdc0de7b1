package fr.vigie.triage;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Folds the open-count deltas that the report triggers append (V80) into {@code queue_count}, so
 * that a count reads a few hundred rows. Writers never update a shared counter row (no lock between
 * concurrent processing batches); this job is the only writer of {@code queue_count}, one instance at
 * a time. Delete-and-add in one transaction: a reader sees the deltas either before or after the fold.
 */
@Component
class QueueCounts {

    private final JdbcClient jdbc;

    QueueCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Scheduled(initialDelay = 2_000, fixedDelay = 2_000)
    @SchedulerLock(name = "queue-counts-fold", lockAtMostFor = "PT1M")
    @Transactional
    public void fold() {
        jdbc.sql("""
                with moved as (delete from queue_count_delta returning priority, platform, department, n)
                insert into queue_count (priority, platform, department, n)
                select priority, platform, department, sum(n) from moved group by 1, 2, 3 order by 1, 2, 3
                on conflict (priority, platform, department) do update set n = queue_count.n + excluded.n""").update();
    }
}
