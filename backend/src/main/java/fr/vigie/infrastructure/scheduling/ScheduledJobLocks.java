package fr.vigie.infrastructure.scheduling;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import fr.vigie.infrastructure.VigieProperties;

/**
 * Scheduled jobs that must run once across instances (retention, the outbox relay, alert scans)
 * carry ShedLock's {@code @SchedulerLock}: before a run, the instance takes the job's row in the
 * {@code shedlock} table; if another instance holds it, this run is skipped. Lock times are the
 * database's clock, so instances whose clocks differ still agree; {@code locked_by} names the
 * instance ({@code vigie.instance-id}) for whoever reads the table. A killed instance's lock is
 * freed after the job's {@code lockAtMostFor}.
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
class ScheduledJobLocks {

    @Bean
    LockProvider scheduledJobLockProvider(DataSource dataSource, VigieProperties vigie) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .withTableName("shedlock")
                .withLockedByValue(vigie.resolvedInstanceId())
                .usingDbTime()
                .build());
    }
}
